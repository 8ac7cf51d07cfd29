#!/bin/sh
# The HTML report in a real browser: headless Chromium loads the report of
# corpus/, its DOM must hold every finding of the JSON report (same ids,
# verdicts and severities) and the summary, no script may run (there is
# none), it fits a 1280 px laptop and a 390 px phone without sideways
# scrolling (no element reaches past the viewport), and screenshots of
# both are saved (PNG, PNG with -phone).
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
# no sideways scrolling on a laptop (1280 px) or a phone (390 px): the
# report is loaded in a frame of that width by a page of the test's own,
# which measures the widest element and writes what it found into its DOM
for w in 1280 390; do
	cp "$html" "$tmp/report.html"
	cat > "$tmp/fit.html" <<EOT
<!DOCTYPE html><html><body style="margin:0">
<iframe id=f src="report.html" style="width:${w}px;height:800px;border:0"></iframe>
<pre id=out>pending</pre>
<script>
document.getElementById('f').onload = function () {
  var d = this.contentDocument, vw = d.documentElement.clientWidth, bad = [];
  d.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > vw + 1 && bad.length < 3) bad.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
  });
  document.getElementById('out').textContent = 'page ' + d.documentElement.scrollWidth + ' view ' + vw + ' wide: ' + bad.join('; ');
};
</script></body></html>
EOT
	# shellcheck disable=SC2086
	timeout 120 "$browser" $flags --allow-file-access-from-files --virtual-time-budget=10000 \
		--dump-dom "file://$tmp/fit.html" >"$tmp/fit.dom" 2>>"$tmp/err" || {
		echo "browser test: chromium failed on the $w px check"; exit 1; }
	fit=$(sed -n 's/.*<pre id="out">\([^<]*\)<.*/\1/p' "$tmp/fit.dom")
	case "$fit" in
	"page "*" wide: ") ;;
	*) echo "browser test: at $w px the report does not fit: ${fit:-no measure}"; exit 1 ;;
	esac
	pw=${fit#page }; pw=${pw%% *}
	[ "$pw" -le "$w" ] || { echo "browser test: at $w px the page scrolls sideways: $fit"; exit 1; }
done
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --window-size=390,2400 --screenshot="${png%.png}-phone.png" "$url" \
	>/dev/null 2>>"$tmp/err" || { echo "browser test: no phone screenshot"; exit 1; }
echo "browser test: passed ($n findings in the DOM, screenshot $png)"
