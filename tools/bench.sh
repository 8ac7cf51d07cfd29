#!/bin/sh
# `make bench`: extraction throughput on a generated ~50 MB news-like corpus,
# next to a plain read of the same bytes.  Five runs each (the machine is
# noisy: a slow phase can last several seconds), min and median.
# Tests never assert timings; this only reports.
# Usage: bench.sh CROSSCHECK BENCHGEN [MEGABYTES]
set -eu
bin=$1 gen=$2 mb=${3:-50}
dir=build/bench
mkdir -p $dir
corpus=$dir/news-${mb}mb.txt
[ -s "$corpus" ] || "$gen" tools/bench-templates.txt "$mb" > "$corpus"
bytes=$(wc -c < "$corpus")
now() { date +%s.%N; }
# run CMD five times; print the seconds of each
runs() {
	for i in 1 2 3 4 5; do
		t0=$(now); sh -c "$1" >/dev/null; t1=$(now)
		awk "BEGIN{print $t1 - $t0}"
	done | sort -n
}
stats() { # min median from sorted seconds on stdin -> "min med"
	awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], v[int((NR + 1) / 2)] }'
}
cat "$corpus" > /dev/null # warm the page cache
read_s=$(runs "cat '$corpus'" | stats)
ext_s=$(runs "'$bin' extract '$corpus'" | stats)
claims=$("$bin" extract "$corpus" | wc -l)
echo "corpus: $corpus, $(awk "BEGIN{printf \"%.1f\", $bytes/1048576}") MB, $claims claims"
echo "$read_s $ext_s $bytes" | awk '{
	mb = $5 / 1048576;
	printf "%-22s %9s %9s %12s %12s\n", "", "min s", "median s", "MB/s (best)", "MB/s (median)";
	printf "%-22s %9.3f %9.3f %12.0f %12.0f\n", "plain read (cat)", $1, $2, mb/$1, mb/$2;
	printf "%-22s %9.3f %9.3f %12.1f %12.1f\n", "extract (1 core)", $3, $4, mb/$3, mb/$4;
	printf "extract / plain read: %.1fx slower (median)\n", $4/$2;
}'

# ingest: the same text as a JSONL collection of articles into a new store
jsonl=$dir/news-${mb}mb.jsonl
[ -s "$jsonl" ] || awk -f tools/paras2jsonl.awk "$corpus" > "$jsonl"
docs=$(wc -l < "$jsonl")
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# ingest_runs JOBS: seconds of three ingests into a new store, sorted
ingest_runs() {
	for i in 1 2 3; do
		rm -f "$dir"/bench.db*
		t0=$(now); "$bin" ingest --quiet --jobs "$1" --db "$dir/bench.db" "$jsonl"; t1=$(now)
		awk "BEGIN{print $t1 - $t0}"
	done | sort -n | stats
}
ing1_s=$(ingest_runs 1)
ingn_s=$(ingest_runs "$cpus")
stored=$("$bin" status --db "$dir/bench.db" | awk '/^claims:/ {print $2}')
echo "$ing1_s $ingn_s $bytes $docs $stored $cpus" | awk '{
	mb = $5 / 1048576;
	printf "%-22s %9.3f %9.3f %12.1f %12.1f\n", "ingest (--jobs 1)", $1, $2, mb/$1, mb/$2;
	printf "%-22s %9.3f %9.3f %12.1f %12.1f\n", sprintf("ingest (--jobs %d)", $8), $3, $4, mb/$3, mb/$4;
	printf "ingest: %d documents, %d claims stored; --jobs 1 best %.0f documents/s, %.0f claims/s; --jobs %d best %.0f documents/s, %.0f claims/s\n", $6, $7, $6/$1, $7/$1, $8, $6/$3, $7/$3;
}'

# check: the reconciler over a store of at least a million claims (the
# ingested store, its documents copied under new paths until it is big
# enough), as one run of the report to /dev/null.
big=$dir/big.db
rm -f "$big" "$big"-wal "$big"-shm
cp "$dir/bench.db" "$big"
n=$stored k=1
while [ "$n" -lt 1000000 ]; do
	sqlite3 "$big" "BEGIN;
INSERT INTO documents (path, content_hash, rules_hash, format, title, outlet,
  author, published, url, language, bytes, body, ingested_at, numbers,
  excluded, minhash)
SELECT path || '~$k', content_hash, rules_hash, format, title,
  coalesce(outlet, 'Outlet ' || (id % 97)), author, published, url, language,
  bytes, body, ingested_at, numbers, excluded, minhash
FROM documents WHERE path NOT LIKE '%~%';
INSERT INTO claims (doc_id, ord, start, end, text, kind, value, low, high,
  approx, unit, precision, hedge, ref, pair_ord, sentence_start,
  sentence_end, rule, subject, metric, period, scope, ref_subject, attr_how,
  rel, rel_a, rel_b, context)
SELECT n.id, c.ord, c.start, c.end, c.text, c.kind, c.value * (1 + $k * 0.01),
  c.low * (1 + $k * 0.01), c.high * (1 + $k * 0.01), c.approx, c.unit,
  c.precision, c.hedge, c.ref, c.pair_ord, c.sentence_start, c.sentence_end,
  c.rule, c.subject, c.metric, c.period, c.scope, c.ref_subject, c.attr_how,
  c.rel, c.rel_a, c.rel_b, c.context
FROM claims c JOIN documents d ON d.id = c.doc_id
JOIN documents n ON n.path = d.path || '~$k'
WHERE d.path NOT LIKE '%~%';
INSERT INTO doc_text(rowid, body) SELECT id, body FROM documents
WHERE path LIKE '%~$k';
COMMIT;"
	n=$(sqlite3 "$big" "SELECT count(*) FROM claims")
	k=$((k + 1))
done
attributed=$(sqlite3 "$big" "SELECT count(*) FROM claims WHERE subject IS NOT NULL AND (metric IS NOT NULL OR ref_subject IS NOT NULL)")
ck_s=$(for i in 1 2 3; do
	t0=$(now); "$bin" check --db "$big" -o /dev/null; t1=$(now)
	awk "BEGIN{print $t1 - $t0}"
done | sort -n | stats)
findings=$("$bin" check --db "$big" | grep -c '"verdict"' || true)
echo "$ck_s $n $attributed" | awk '{
	printf "%-22s %9.3f %9.3f   %d claims (%d attributed), %.0f claims/s (best)\n",
	       "check (1 core)", $1, $2, $3, $4, $3/$1;
}'
echo "check: $findings findings listed in the JSON report"

# query: one sentence against the million-claim store, end to end (a new
# process each time: rules loaded without JIT, store opened, answer
# printed); five sentences, three runs each
ms=$(for i in 1 2 3; do
	for q in 'ByteDance ordered $16 billion of H20 chips in the first quarter.' \
	         'Nvidia expects a $5.5 billion charge in its first fiscal quarter.' \
	         'The H20 offers about half the performance of the H100.' \
	         'Huawei will ship 700,000 Ascend chips this year.' \
	         'Chinese buyers snapped up 2 million processors last year.'; do
		t0=$(now); "$bin" query --db "$big" --date 2025-04-20 "$q" >/dev/null; t1=$(now)
		awk "BEGIN{print ($t1 - $t0) * 1000}"
	done
done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f %.1f\n", v[1], v[int((NR + 1) / 2)], v[NR] }')
echo "$ms $n" | awk '{ printf "query (1 process)      min %.1f ms, median %.1f ms, max %.1f ms against %d claims\n", $1, $2, $3, $4 }'
