#!/bin/sh
# `make demo`: extract every claim of the sample corpus and summarise it.
# (Once the store and reconciler land, this ingests corpus/ and writes the
# conflict report.)
set -eu
bin=${1:-./crosscheck}
echo "== crosscheck $("$bin" --version | cut -d' ' -f2): claims in corpus/ =="
"$bin" extract --format summary corpus/*.md
echo
echo "== the figures for Nvidia's H20 orders, side by side =="
"$bin" extract --format table corpus/h20-*.md corpus/nvidia-*.md | grep -E "^==|USD .*(12|16) billion" || true
echo
echo "Full claim list: $bin extract --format table corpus/*.md"
