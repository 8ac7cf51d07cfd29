#!/bin/sh
# Stores written by every earlier schema version (tests/store/schema-vN.sql,
# as released) are upgraded in place: opened by a writing command they
# become the current version, keep their documents and claims, have their
# text indexed again, and `check`, `claims` and `query` work on them; a
# read-only old file is refused with a clear message; old stores merge.
# Usage: migrate.sh CROSSCHECK
set -eu
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'umount "$tmp/mnt" 2>/dev/null || true; rm -rf "$tmp"' EXIT
db=$tmp/v1.db
cur=4
# make_v VERSION FILE: a store of that version holding one document
make_v() {
	rm -f "$2"
	sqlite3 "$2" <"$here/schema-v$1.sql"
	sqlite3 "$2" "PRAGMA user_version = $1;
INSERT INTO documents (id, path, content_hash, rules_hash, format, outlet,
  published, bytes, body, ingested_at)
VALUES (1, 'old.md', 'h', 'r', 'markdown', 'Old Times', '2024-05-01', 37,
  'Acme ordered \$5 billion of chips.', '2024-05-01T00:00:00Z');
INSERT INTO claims (doc_id, ord, start, end, text, kind, value, low, high,
  approx, unit, precision, sentence_start, sentence_end, rule)
VALUES (1, 0, 13, 24, '\$5 billion', 'money', 5e9, 5e9, 5e9, 0, 'USD', 1e9,
  0, 34, 'money.symbol');"
	# version 2 indexed the text as it was stored (positions kept)
	[ "$1" = 1 ] || sqlite3 "$2" "INSERT INTO doc_text(rowid, body)
SELECT id, body FROM documents"
}
make_v1() { make_v 1 "$1"; }
make_v1 "$db"
# on a read-only file system: refused, not misread, not changed (root
# ignores file modes, so a read-only mount is the honest test; skipped
# where one cannot be made)
mnt=$tmp/mnt
mkdir -p "$mnt"
if mount -t tmpfs -o size=4m tmpfs "$mnt" 2>/dev/null; then
	make_v1 "$mnt/v1.db"
	if mount -o remount,ro "$mnt" 2>/dev/null; then
		if out=$("$bin" claims --db "$mnt/v1.db" 2>&1); then
			umount "$mnt"
			echo "migrate test: a read-only v1 store was read without upgrade"
			exit 1
		fi
		echo "$out" | grep -q "schema version 1 is older than this program" || {
			umount "$mnt"; echo "migrate test: unexpected message: $out"; exit 1; }
		[ "$(sqlite3 "$mnt/v1.db" 'PRAGMA user_version')" = 1 ] || {
			umount "$mnt"; echo "migrate test: read-only store changed"; exit 1; }
		ro=", read-only v1 refused"
	else
		ro=" (read-only part skipped: cannot remount)"
	fi
	umount "$mnt"
else
	ro=" (read-only part skipped: cannot mount a tmpfs)"
fi
# writable: upgraded by the first command that opens it
for v in 1 2 3; do
	db=$tmp/v$v.db
	make_v $v "$db"
	"$bin" status --db "$db" >"$tmp/status" || true
	grep -q "schema version $cur" "$tmp/status" || {
		echo "migrate test: v$v not upgraded:"; cat "$tmp/status"; exit 1; }
	[ "$(sqlite3 "$db" 'PRAGMA user_version')" = $cur ] || {
		echo "migrate test: v$v: user_version not $cur"; exit 1; }
	for col in documents.numbers documents.minhash claims.ref_subject claims.rel doc_story.story; do
		t=${col%.*} c=${col#*.}
		sqlite3 "$db" "SELECT $c FROM $t LIMIT 1" >/dev/null || {
			echo "migrate test: v$v: column $col missing"; exit 1; }
	done
	"$bin" claims --db "$db" --format csv | grep -q '^1,old.md,13,24,\$5 billion' || {
		echo "migrate test: v$v: the old claim is gone"; exit 1; }
	"$bin" check --db "$db" --format json >"$tmp/r.json"
	grep -q '"documents":1' "$tmp/r.json" || { echo "migrate test: v$v: check failed"; exit 1; }
	[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
	# the text index rebuilt (no positions since version 3) and complete
	[ "$(sqlite3 "$db" "SELECT count(*) FROM doc_text WHERE doc_text MATCH 'acme'")" = 1 ] &&
	[ "$(sqlite3 "$db" 'SELECT count(*) FROM text_pending')" = 0 ] &&
	sqlite3 "$db" "SELECT sql FROM sqlite_master WHERE name = 'doc_text'" |
		grep -q 'detail=none' || {
		echo "migrate test: v$v: text index not rebuilt"; exit 1; }
	# a paraphrase is found through it
	"$bin" query --db "$db" --format json 'Acme bought chips worth $5 billion.' |
		grep -q '"verdict":"corroborated"' || {
		echo "migrate test: v$v: query does not find the old document"; exit 1; }
	# an old store merged into a new one
	make_v $v "$tmp/in$v.db"
	"$bin" merge "$tmp/new$v.db" "$tmp/in$v.db" >/dev/null
	[ "$(sqlite3 "$tmp/new$v.db" 'SELECT count(*) FROM claims')" = 1 ] || {
		echo "migrate test: merge of a v$v store lost claims"; exit 1; }
	[ "$(sqlite3 "$tmp/new$v.db" "SELECT count(*) FROM doc_text WHERE doc_text MATCH 'acme'")" = 1 ] || {
		echo "migrate test: merge of a v$v store left its text unindexed"; exit 1; }
done
echo "migrate test: passed (v1, v2 and v3 stores upgraded in place$ro, merged)"
