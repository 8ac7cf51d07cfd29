#!/bin/sh
# Replay every saved fuzz input (tests/fuzz/corpus/TARGET/*) through its
# target.  Usage: replay.sh BUILD_DIR
set -eu
build=$1
here=$(dirname "$0")
for t in extract number text rules html; do
	set -- "$here"/corpus/$t/*
	[ -e "$1" ] || continue
	printf 'fuzz replay %-8s ' "$t"
	"$build/fuzz-$t" "$@"
done
