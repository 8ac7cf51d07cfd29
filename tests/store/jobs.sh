#!/bin/sh
# Extraction on worker threads changes nothing but the speed: ingests with
# --jobs 1 and --jobs 4 of the corpus and of a generated JSONL collection
# (thousands of documents, so the ring of slots wraps many times) give
# identical stores: the same documents under the same ids, the same claims
# with every attribute, the same citations and text index.  A collection
# repeating a path (changed, then unchanged) is counted the same way.
# Usage: jobs.sh CROSSCHECK BENCHGEN
set -u
bin=$1 gen=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "jobs test: FAIL: $*"; exit 1; }

"$gen" tools/bench-templates.txt 3 |
awk -f tools/paras2jsonl.awk > "$tmp/docs.jsonl"

dump() {
	sqlite3 "$1" "SELECT id, path, content_hash, title, outlet, published,
	  numbers, excluded, hex(minhash) FROM documents ORDER BY id;
	SELECT * FROM claims ORDER BY id;
	SELECT * FROM citations ORDER BY id;
	SELECT * FROM unparsed ORDER BY doc_id, start;
	SELECT rowid FROM doc_text WHERE doc_text MATCH 'billion OR said'
	  ORDER BY rowid;
	SELECT count(*) FROM text_pending;"
}
for j in 1 4; do
	"$bin" ingest --jobs $j --db "$tmp/j$j.db" corpus "$tmp/docs.jsonl" \
		>"$tmp/out$j" 2>"$tmp/err$j" || fail "ingest --jobs $j: $(cat "$tmp/err$j")"
	dump "$tmp/j$j.db" >"$tmp/dump$j"
done
[ "$(sed -n 1p "$tmp/dump1" | cut -c1-2)" = "1|" ] || fail "empty store"
cmp -s "$tmp/dump1" "$tmp/dump4" || {
	diff "$tmp/dump1" "$tmp/dump4" | head -10; fail "stores differ"; }
cmp -s "$tmp/out1" "$tmp/out4" || fail "summaries differ: $(cat "$tmp/out1" "$tmp/out4")"

# one path three times: new, then changed (replaced), then the same again
printf '%s\n' '{"id": "a", "text": "Acme sold 5 million phones."}' \
	'{"id": "b", "text": "Orders topped 2 million chips."}' \
	'{"id": "a", "text": "Acme sold 6 million phones."}' \
	'{"id": "a", "text": "Acme sold 6 million phones."}' > "$tmp/dup.jsonl"
for j in 1 4; do
	"$bin" ingest --jobs $j --db "$tmp/d$j.db" "$tmp/dup.jsonl" >"$tmp/dup$j" ||
		fail "ingest of repeated paths, --jobs $j"
	grep -q "4 documents: 2 new, 1 unchanged, 1 replaced" "$tmp/dup$j" ||
		fail "--jobs $j counted: $(cat "$tmp/dup$j")"
	[ "$("$bin" claims --db "$tmp/d$j.db" --format csv | grep -c '6 million')" = 1 ] ||
		fail "--jobs $j: the last text of a repeated path is not the one stored"
done
# a bad job count is a usage error
"$bin" ingest --jobs 0 --db "$tmp/x.db" corpus >/dev/null 2>&1
[ $? = 2 ] || fail "--jobs 0 accepted"
echo "jobs test: passed ($(sed -n 's/^ingested \([0-9]*\) documents.*/\1/p' "$tmp/out1") documents: --jobs 1 and 4 give identical stores)"
