#!/bin/sh
# A full disk: ingest into a store on a tiny tmpfs must stop with exit 6
# and a message naming the database, report only what it stored, and leave
# a store that passes the integrity check.  Skipped where mounting a tmpfs
# is not allowed.  Usage: diskfull.sh CROSSCHECK BENCHGEN
set -u
bin=$1 gen=$2
tmp=$(mktemp -d)
mnt=$tmp/full
mkdir -p "$mnt"
if ! mount -t tmpfs -o size=320k tmpfs "$mnt" 2>/dev/null; then
	echo "disk-full test: skipped (cannot mount a tmpfs here)"
	rm -rf "$tmp"
	exit 0
fi
trap 'umount "$mnt" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "disk-full test: FAIL: $*"; exit 1; }
"$gen" tools/bench-templates.txt 3 |
awk -f tools/paras2jsonl.awk > "$tmp/docs.jsonl"
"$bin" ingest --db "$mnt/t.db" "$tmp/docs.jsonl" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ $rc = 6 ] || fail "exit $rc, want 6"
grep -q "t.db'.*full" "$tmp/err" || fail "message: $(cat "$tmp/err")"
"$bin" status --db "$mnt/t.db" > "$tmp/status" 2>&1 || fail "status: $(cat "$tmp/status")"
grep -q '^integrity:  ok' "$tmp/status" || fail "integrity"
stored=$(awk '/^documents:/ {print $2}' "$tmp/status")
said=$(sed -n 's/.*: \([0-9]*\) new.*/\1/p' "$tmp/out")
[ "$stored" = "$said" ] || fail "summary says $said new, store holds $stored"
echo "disk-full test: passed (exit 6, $stored documents stored and reported, integrity ok)"

# A read-only database (the file system is made read-only, since root
# ignores permission bits): a clear message, exit 6, the store unchanged.
umount "$mnt"
mount -t tmpfs -o size=4m tmpfs "$mnt" || fail "remount"
printf 'Sales hit $5 million.\n' > "$tmp/a.txt"
"$bin" ingest --quiet --db "$mnt/ro.db" "$tmp/a.txt" || fail "setup ingest"
mount -o remount,ro "$mnt" || { echo "read-only test: skipped (cannot remount)"; exit 0; }
printf 'Sales hit $6 million.\n' > "$tmp/a.txt"
"$bin" ingest --quiet --db "$mnt/ro.db" "$tmp/a.txt" 2> "$tmp/err"
rc=$?
[ $rc = 6 ] || fail "read-only: exit $rc, want 6"
grep -q "ro.db'" "$tmp/err" || fail "read-only message: $(cat "$tmp/err")"
"$bin" claims --db "$mnt/ro.db" | grep -q '5000000' || fail "read-only store changed"
echo "read-only test: passed (exit 6: $(cat "$tmp/err"))"
