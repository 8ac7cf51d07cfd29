#!/bin/sh
# Install the Debian packages crosscheck needs that are not present yet.
# Called by `make deps` (and so by `make demo`); `make test` calls it with
# the argument `test`, which also installs Debian's chromium for the
# browser test of the HTML report.
set -u
need=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cc >/dev/null 2>&1 || need="$need gcc"
have_pc libpcre2-8   || need="$need libpcre2-dev"
have_pc libutf8proc  || need="$need libutf8proc-dev"
have_pc libxxhash    || need="$need libxxhash-dev"
have_pc json-c       || need="$need libjson-c-dev"
have_pc sqlite3      || need="$need libsqlite3-dev"
have_pc libxml-2.0   || need="$need libxml2-dev"
have_pc criterion    || need="$need libcriterion-dev"
[ -f /usr/include/libstemmer.h ] || need="$need libstemmer-dev"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
if [ "${1:-}" = test ]; then
	command -v chromium >/dev/null 2>&1 || need="$need chromium"
fi
[ -z "$need" ] && exit 0
echo "deps: installing:$need" >&2
if [ "$(id -u)" != 0 ]; then
	echo "deps: not root; run: sudo apt-get install$need" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q $need >/dev/null 2>&1 || {
	apt-get update -q >/dev/null 2>&1
	apt-get install -y -q $need || { echo "deps: apt-get install failed" >&2; exit 1; }
}
