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
if [ -n "$strict" ]; then
	# the floor: FOUND MUSTNOT on its first data line
	floor=$(grep -v '^#' corpus/gold/conflicts.floor | head -1)
	"$build/xc-evalcheck" --strict $floor corpus/gold/conflicts.tsv "$build/eval.json"
else
	"$build/xc-evalcheck" corpus/gold/conflicts.tsv "$build/eval.json"
fi
# the held-out sets, in the order they were written (each header says
# when it was written and what its first score was): reported, not enforced
if [ -z "$strict" ]; then
	for set in heldout unseen fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth; do
		echo
		"$build/xc-evalcheck" "corpus/gold/conflicts-$set.tsv" "$build/eval.json"
	done
fi
