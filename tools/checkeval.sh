#!/bin/sh
# Score the reconciler on corpus/: ingest it into a fresh store, write the
# JSON report, compare it with corpus/gold/conflicts.tsv.
#   tools/checkeval.sh BIN BUILD [--strict]
set -eu
bin=$1 build=$2 strict=${3:-}
db=$build/eval.db
rm -f "$db" "$db-wal" "$db-shm"
"$bin" ingest --quiet --db "$db" --include '*.md' --exclude README.md corpus
"$bin" check --db "$db" --format json -o "$build/eval.json"
"$build/xc-evalcheck" $strict corpus/gold/conflicts.tsv "$build/eval.json"
# the second set (written after the reconciler): reported, not enforced
if [ -z "$strict" ]; then
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-heldout.tsv "$build/eval.json"
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-unseen.tsv "$build/eval.json"
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-fourth.tsv "$build/eval.json"
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-fifth.tsv "$build/eval.json"
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-sixth.tsv "$build/eval.json"
	echo
	"$build/xc-evalcheck" corpus/gold/conflicts-seventh.tsv "$build/eval.json"
fi
