-- crosscheck claim store, schema version 1 (PRAGMA user_version).
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
  ingested_at  TEXT NOT NULL           -- UTC, ISO 8601
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
  -- filled by the reconciler (who and what the claim is about)
  subject        TEXT,
  metric         TEXT,
  period         TEXT,
  scope          TEXT,
  UNIQUE (doc_id, ord)
);

-- UNIQUE (doc_id, ord) doubles as the index for a document's claims.  The
-- reconciler creates the covering index it groups on after bulk loads.

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
