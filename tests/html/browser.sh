#!/bin/sh
# The HTML report in a real browser: headless Chromium loads the report of
# corpus/, its DOM must hold every finding of the JSON report (same ids,
# verdicts and severities) and the summary, no script may run (there is
# none), and a screenshot is saved.
# Usage: browser.sh REPORT.html REPORT.json SCREENSHOT.png
set -eu
html=$1 json=$2 png=$3
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "browser test: chromium not found (make deps installs it)"; exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir=$tmp/profile"
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --dump-dom "$url" >"$tmp/dom.html" 2>"$tmp/err" || {
	echo "browser test: chromium failed:"; tail -5 "$tmp/err"; exit 1; }
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --window-size=1280,2400 --screenshot="$png" "$url" \
	>/dev/null 2>>"$tmp/err" || { echo "browser test: no screenshot"; exit 1; }
[ -s "$png" ] || { echo "browser test: empty screenshot"; exit 1; }
# every finding of the JSON report is a section of the parsed DOM
want=$(grep -o '"id":"F[0-9]*","verdict":"[a-z_]*","severity":"[a-z]*"' "$json" |
       sed 's/"id":"\(F[0-9]*\)","verdict":"\([a-z_]*\)","severity":"\([a-z]*\)"/\1 \2 \3/')
n=0
echo "$want" | while read -r id verdict sev; do
	grep -q "id=\"$id\" data-verdict=\"$verdict\" data-severity=\"$sev\"" "$tmp/dom.html" || {
		echo "browser test: $id ($verdict, $sev) is not in the DOM"; exit 1; }
done
n=$(echo "$want" | grep -c . || true)
got=$(grep -o '<section class="finding' "$tmp/dom.html" | wc -l)
[ "$n" = "$got" ] || { echo "browser test: $got findings in the DOM, $n in the JSON"; exit 1; }
grep -q 'id="summary"' "$tmp/dom.html" || { echo "browser test: no summary"; exit 1; }
grep -q '<mark>' "$tmp/dom.html" || { echo "browser test: no figure marked"; exit 1; }
if grep -qi '<script' "$tmp/dom.html"; then echo "browser test: a script in the report"; exit 1; fi
echo "browser test: passed ($n findings in the DOM, screenshot $png)"
