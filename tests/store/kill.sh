#!/bin/sh
# A killed ingest leaves a consistent store: kill -9 an ingest mid-way,
# then check that SQLite's integrity check passes, that every document in
# the store has exactly the claims an uninterrupted ingest gives it (each
# document is fully present or absent), and that re-running the ingest
# completes the job.  Usage: kill.sh CROSSCHECK BENCHGEN
set -u
bin=$1 gen=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "kill test: FAIL: $*"; exit 1; }

# a JSONL collection of ~12 MB in ~6000 articles
"$gen" tools/bench-templates.txt 12 |
awk -f tools/paras2jsonl.awk > "$tmp/docs.jsonl"

"$bin" ingest --quiet --db "$tmp/ref.db" "$tmp/docs.jsonl" || fail "reference ingest"
"$bin" sources --db "$tmp/ref.db" --format csv | cut -d, -f2,10 | sort > "$tmp/ref.csv"
total=$(wc -l < "$tmp/ref.csv")

interrupted=0
# longer delays until the kill lands after some batches but before the end
# (a sanitizer build is several times slower)
for delay in 0.3 0.6 1.0 1.6 2.5 4 6; do
	rm -f "$tmp"/k.db*
	"$bin" ingest --quiet --db "$tmp/k.db" "$tmp/docs.jsonl" &
	pid=$!
	sleep $delay
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	[ -f "$tmp/k.db" ] || continue
	"$bin" status --db "$tmp/k.db" > "$tmp/status" 2>&1 || fail "integrity: $(cat "$tmp/status")"
	grep -q '^integrity:  ok' "$tmp/status" || fail "integrity check"
	"$bin" sources --db "$tmp/k.db" --format csv | cut -d, -f2,10 | sort > "$tmp/k.csv"
	have=$(wc -l < "$tmp/k.csv")
	# every stored document has the reference's claim count
	if [ -n "$(comm -23 "$tmp/k.csv" "$tmp/ref.csv")" ]; then
		fail "a document is stored with a partial set of claims"
	fi
	if [ "$have" -ge "$total" ]; then
		break # finished before the kill: longer delays will not help
	fi
	if [ "$have" -gt 1 ]; then # more than the CSV header
		interrupted=1
		break
	fi
done
[ $interrupted = 1 ] || echo "kill test: note: the ingest finished before it could be killed"
"$bin" ingest --quiet --db "$tmp/k.db" "$tmp/docs.jsonl" || fail "re-run"
"$bin" sources --db "$tmp/k.db" --format csv | cut -d, -f2,10 | sort > "$tmp/k.csv"
cmp -s "$tmp/k.csv" "$tmp/ref.csv" || fail "the re-run did not complete the store"
# a bulk load killed before it rebuilt its lookup indexes gets them back
for ix in claims_fact claims_ref; do
	sqlite3 "$tmp/k.db" "SELECT name FROM sqlite_master WHERE type = 'index'" |
		grep -qx "$ix" || fail "index $ix missing after the re-run"
done
# and every document's words in the text index, as in the reference (a
# load killed before it indexed its text: the next open or run did it)
[ "$(sqlite3 "$tmp/k.db" 'SELECT count(*) FROM text_pending')" = 0 ] ||
	fail "documents left out of the text index"
for w in billion percent said; do
	q="SELECT d.path FROM doc_text t JOIN documents d ON d.id = t.rowid
	   WHERE doc_text MATCH '$w' ORDER BY 1"
	[ "$(sqlite3 "$tmp/k.db" "$q" | md5sum)" = "$(sqlite3 "$tmp/ref.db" "$q" | md5sum)" ] ||
		fail "text index differs from the reference for '$w'"
done
[ "$(sqlite3 "$tmp/k.db" 'SELECT count(*) FROM doc_text')" = "$(sqlite3 "$tmp/k.db" 'SELECT count(*) FROM documents')" ] ||
	fail "text index does not hold every document"
echo "kill test: passed (interrupted at $have of $total documents; consistent, completed on re-run)"
