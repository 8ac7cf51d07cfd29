#!/bin/sh
# A store written by schema version 1 (tests/store/schema-v1.sql, as
# released) is upgraded in place: opened by a writing command it becomes
# version 2, keeps its documents and claims, and `check` and `claims` work
# on it; a read-only version-1 file is refused with a clear message.
# Usage: migrate.sh CROSSCHECK
set -eu
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'umount "$tmp/mnt" 2>/dev/null || true; rm -rf "$tmp"' EXIT
db=$tmp/v1.db
make_v1() {
	rm -f "$1"
	sqlite3 "$1" <"$here/schema-v1.sql"
	sqlite3 "$1" "PRAGMA user_version = 1;
INSERT INTO documents (id, path, content_hash, rules_hash, format, outlet,
  published, bytes, body, ingested_at)
VALUES (1, 'old.md', 'h', 'r', 'markdown', 'Old Times', '2024-05-01', 37,
  'Acme ordered \$5 billion of chips.', '2024-05-01T00:00:00Z');
INSERT INTO claims (doc_id, ord, start, end, text, kind, value, low, high,
  approx, unit, precision, sentence_start, sentence_end, rule)
VALUES (1, 0, 13, 24, '\$5 billion', 'money', 5e9, 5e9, 5e9, 0, 'USD', 1e9,
  0, 34, 'money.symbol');"
}
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
"$bin" status --db "$db" >"$tmp/status" || true
grep -q "schema version 2" "$tmp/status" || {
	echo "migrate test: not upgraded:"; cat "$tmp/status"; exit 1; }
[ "$(sqlite3 "$db" 'PRAGMA user_version')" = 2 ] || {
	echo "migrate test: user_version not 2"; exit 1; }
for col in documents.numbers documents.minhash claims.ref_subject claims.rel; do
	t=${col%.*} c=${col#*.}
	sqlite3 "$db" "SELECT $c FROM $t LIMIT 1" >/dev/null || {
		echo "migrate test: column $col missing"; exit 1; }
done
"$bin" claims --db "$db" --format csv | grep -q '^1,old.md,13,24,\$5 billion' || {
	echo "migrate test: the old claim is gone"; exit 1; }
"$bin" check --db "$db" --format json >"$tmp/r.json"
grep -q '"documents":1' "$tmp/r.json" || { echo "migrate test: check failed"; exit 1; }
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
# a v1 store merged into a v2 one
make_v1 "$tmp/v1b.db"
"$bin" merge "$tmp/new.db" "$tmp/v1b.db" >/dev/null
[ "$(sqlite3 "$tmp/new.db" 'SELECT count(*) FROM claims')" = 1 ] || {
	echo "migrate test: merge of a v1 store lost claims"; exit 1; }
echo "migrate test: passed (v1 store upgraded in place$ro, v1 merged)"
