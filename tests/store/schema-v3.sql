-- crosscheck claim store, schema version 3 (PRAGMA user_version).
-- One file, applied by store.c when a database is created; migrations from
-- earlier versions live in store.c next to the version they upgrade from.

CREATE TABLE IF NOT EXISTS documents (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,   -- as given; "FILE#ID" for a JSONL line
  content_hash TEXT NOT NULL,          -- XXH3-128 of body, hex
  rules_hash   TEXT NOT NULL,          -- xc_ruleset_hash() at extraction
  format       TEXT NOT NULL,          -- text | markdown | html | jsonl
  title        TEXT,
  outlet       TEXT,
  author       TEXT,
  published    TEXT,
  url          TEXT,
  language     TEXT,
  bytes        INTEGER NOT NULL,
  body         TEXT NOT NULL,          -- the text claim offsets refer to
  ingested_at  TEXT NOT NULL,          -- UTC, ISO 8601
  -- since version 2: coverage counters and the near-duplicate signature
  numbers      INTEGER NOT NULL DEFAULT 0, -- numeric spans seen
  excluded     INTEGER NOT NULL DEFAULT 0, -- ruled out: years, dates, ids
  minhash      BLOB                    -- 64 x uint32, little-endian
);

CREATE TABLE IF NOT EXISTS claims (
  id             INTEGER PRIMARY KEY,
  doc_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord            INTEGER NOT NULL,     -- position among the document's claims
  start          INTEGER NOT NULL,     -- byte offsets into documents.body
  end            INTEGER NOT NULL,
  text           TEXT NOT NULL,
  kind           TEXT NOT NULL,        -- money|count|percent|ratio|quantity
  value          REAL,
  low            REAL,
  high           REAL,
  approx         INTEGER NOT NULL,
  unit           TEXT,
  precision      REAL,
  hedge          TEXT,
  ref            TEXT,
  pair_ord       INTEGER,              -- ord of the conversion partner
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,     -- the sentence is read from the body
  rule           TEXT NOT NULL,
  -- who and what the claim is about (attribution at ingest, engine/attrib.c)
  subject        TEXT,
  metric         TEXT,
  period         TEXT,
  scope          TEXT,
  ref_subject    TEXT,                 -- ratios: canonical reference entity
  attr_how       TEXT,                 -- lexicon | name | topic | inherited
  reading        TEXT,                 -- ratios: the comparative after a
                                       -- multiple ("3x faster")
  rel            TEXT,                 -- stated arithmetic: change|pctof|part
  rel_a          INTEGER,              -- ords of the claims it relates
  rel_b          INTEGER,
  -- since version 3: the content words of its statement (attribution),
  -- how figures no metric word names are paired
  context        TEXT,
  UNIQUE (doc_id, ord)
);

-- UNIQUE (doc_id, ord) doubles as the index for a document's claims.  The
-- reconciler reads all claims in one scan; `query`, `show` and
-- `claims --subject` look facts up by subject and metric, or by the
-- reference entity of a ratio.
CREATE INDEX IF NOT EXISTS claims_fact ON claims(subject, metric, period);
CREATE INDEX IF NOT EXISTS claims_ref ON claims(ref_subject);

-- Full-text index of the document bodies (rowid = documents.id), so a
-- query can find paraphrases.  Contentless: the text lives in documents;
-- a replaced document's entry is deleted with its old body.  detail=none
-- (since version 3): words and the documents holding them, no positions;
-- a query ORs single words and ranks by how many a document shares.
CREATE VIRTUAL TABLE IF NOT EXISTS doc_text USING fts5(body, content='',
  tokenize='porter unicode61', detail=none);

-- Documents stored but not yet in doc_text (since version 3).  An ingest
-- indexes its documents' text in one pass at its end; one killed before
-- that leaves them here, and the next writable open indexes them.
CREATE TABLE IF NOT EXISTS text_pending (
  doc_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);

-- Attributions ("according to The Information", "IDC said"): filled by the
-- citation rules; a claim's citations are those of its sentence.
CREATE TABLE IF NOT EXISTS citations (
  id      INTEGER PRIMARY KEY,
  doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start   INTEGER NOT NULL,
  end     INTEGER NOT NULL,
  source  TEXT NOT NULL,
  text    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc_id);

-- Numbers the rules saw but could not read as a claim (bare figures with no
-- unit, currency or hedge): listed by the coverage part of a report.
CREATE TABLE IF NOT EXISTS unparsed (
  doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start   INTEGER NOT NULL,
  end     INTEGER NOT NULL,
  text    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS unparsed_doc ON unparsed(doc_id);
