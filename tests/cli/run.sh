#!/bin/sh
# Golden CLI tests.  Each directory here is one case:
#   cmd     the arguments after `crosscheck` (one line, shell words), or
#   script  a shell script run instead, with $XC naming the binary and
#           $XC_ROOT the repository (copy what it needs, e.g. corpus/)
# Each case runs in a fresh copy of its directory, so files it writes
# (databases) never leak into the next run.
#   env     optional VAR=value lines set for the run (paths relative to
#           the case directory)
#   stdin   optional standard input
#   stdout, stderr, exit   what must come out, compared byte for byte
# XC_UPDATE=1 rewrites the expected files (review the diff like code).
# Usage: run.sh PATH/TO/crosscheck
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C
unset CROSSCHECK_RULES
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "$here"/*/; do
	name=$(basename "$dir")
	[ -f "$dir/cmd" ] || [ -f "$dir/script" ] || continue
	in=/dev/null
	[ -f "$dir/stdin" ] && in="$dir/stdin"
	rm -rf "$tmp/work"
	mkdir -p "$tmp/work"
	cp -r "$dir" "$tmp/work/$name"
	(cd "$tmp/work/$name" && if [ -f env ]; then set -a; . ./env; set +a; fi
	 if [ -f script ]; then
		XC="$bin" XC_ROOT="$here/../.." sh ./script <"$in" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/exit"
	 else
		args=$(cat cmd)
		eval "\"$bin\" $args" <"$in" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/exit"
	 fi)
	if [ "${XC_UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$dir/stdout"; cp "$tmp/err" "$dir/stderr"; cp "$tmp/exit" "$dir/exit"
		continue
	fi
	ok=1
	for f in stdout stderr exit; do
		t=out; [ $f = stderr ] && t=err; [ $f = exit ] && t=exit
		if ! cmp -s "$dir/$f" "$tmp/$t"; then
			ok=0
			echo "FAIL $name: $f differs" >&2
			diff "$dir/$f" "$tmp/$t" | head -20 >&2
		fi
	done
	if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
done
echo "golden CLI tests: $pass passed, $fail failed"
[ $fail = 0 ]
