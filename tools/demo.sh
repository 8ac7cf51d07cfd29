#!/bin/sh
# `make demo`: extract the sample corpus into a claim store and summarise
# it.  (Once the reconciler lands, this also writes the conflict report.)
set -eu
bin=${1:-./crosscheck}
db=build/demo.db
mkdir -p build
rm -f "$db" "$db-wal" "$db-shm"
echo "== crosscheck $("$bin" --version | cut -d' ' -f2): ingesting corpus/ into $db =="
"$bin" ingest --db "$db" --include '*.md' --exclude README.md corpus
echo
"$bin" status --db "$db"
echo
echo "== claims per document =="
"$bin" extract --format summary corpus/*.md
echo
echo "== the figures for Chinese orders of Nvidia's H20, side by side =="
"$bin" claims --db "$db" --kind money --unit USD --grep H20
echo
echo "Explore: $bin claims --db $db --grep ByteDance"
echo "         $bin sources --db $db"
