#!/bin/sh
# `make demo` / `make reports`: ingest the sample corpus into a claim store
# and write the conflict report as HTML, Markdown and JSON under reports/.
set -eu
bin=${1:-./crosscheck}
out=${2:-reports}
db=build/demo.db
[ "$out" = reports ] || db=$out/demo.db
mkdir -p build "$out"
rm -f "$db" "$db-wal" "$db-shm"
echo "== crosscheck $("$bin" --version | cut -d' ' -f2): ingesting corpus/ into $db =="
"$bin" ingest --db "$db" --include '*.md' --exclude README.md corpus
echo
"$bin" status --db "$db"
echo
for f in html md json; do
	"$bin" check --db "$db" --format $f -o "$out/corpus.$f"
	# the report names the database it read; keep the committed copies stable
	sed -i "s|$db|corpus.db|g" "$out/corpus.$f"
done
echo "== summary =="
sed -n 3p "$out/corpus.md" | sed 's/^Database `corpus.db`: //'
echo
echo "The first findings (all of them are in the reports):"
grep '^### ' "$out/corpus.md" | head -5 | sed 's/^### /  /'
echo
echo "Reports: $out/corpus.html  $out/corpus.md  $out/corpus.json"
echo "Explore: $bin check --db $db --format md --min-severity medium"
echo "         $bin claims --db $db --grep ByteDance"
