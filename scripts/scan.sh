#!/usr/bin/env bash
# Debian's wapiti and sqlmap against the portal on 127.0.0.1 (demo data, throwaway SQLite database), with
# the admin's logged-in session, scoped to the app, bounded in time:
#   - wapiti: crawl (depth 2, 20 links a page) and attack from / (scope folder = the whole app on this port),
#     the session cookie as a header; log-out, password change, users and tokens excluded (they would end
#     the session); --max-scan-time (default 120 s), --max-attack-time 25 s per module; JSON report.
#   - sqlmap --batch --level 1 --risk 1 on GET /Publications?q=…&quarter=…&status=… and on
#     GET /Units?q=… (logged in), and on the log-in form's POST (Input.UserName, antiforgery token
#     refreshed from the page for every request).
# Prints the findings by severity; exit 1 when wapiti reports a medium or high vulnerability or sqlmap
# finds an injectable parameter.
#
# Usage: scripts/scan.sh [--seconds N]   (wapiti's --max-scan-time; sqlmap is bounded by its own `timeout`)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/portal.sh"

scan_seconds=120
while (($#)); do
    case $1 in
        --seconds) scan_seconds=$2; shift 2 ;;
        *) hsg_die "Usage: $0 [--seconds N]" ;;
    esac
done

command -v wapiti >/dev/null || hsg_need_packages wapiti
command -v sqlmap >/dev/null || hsg_need_packages sqlmap
hsg_setup scan
trap 'hsg_stop; [[ -n ${HSG_KEEP:-} ]] || rm -rf "$hsg_work"' EXIT
hsg_start
hsg_wait_healthy || exit 1
jar="$hsg_work/cookies"
hsg_login admin "$jar"
cookie=$(awk -F'\t' 'NF >= 7 && $6 != "" { printf "%s%s=%s", sep, $6, $7; sep = "; " }' <(sed 's/^#HttpOnly_//' "$jar"))
base=$(hsg_url /)
logged_in() { [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$(hsg_url /Publications)") == 200 ]]; }
logged_in || hsg_die "The session cookie does not open /Publications."

# --- wapiti ---------------------------------------------------------------------------------------
# Debian's wapiti 3.0.4 turns every -x into a regular expression ending in "(?ms)", an error since
# Python 3.11; this runs it with that one function mended.
wapiti() {
    /usr/bin/python3 - "$@" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
crawler.wildcard_translate = lambda pattern: re.compile(
    "(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
}
# Every attack module but those that reach outside (wapp, nikto: databases downloaded from the web) or guess
# (buster, brute_login_form, backup, htaccess: path and password guessing, not findings about this code).
wapiti_modules="sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,xxe,shellshock,methods,csrf,csp,http_headers,cookieflags"
echo "wapiti: $base, logged in as admin, --max-scan-time $scan_seconds, modules $wapiti_modules"
started=$SECONDS
wapiti -u "$base" --scope folder -H "Cookie: $cookie" \
    -x "$(hsg_url /Account/Logout*)" -x "$(hsg_url /Account/ChangePassword*)" \
    -x "$(hsg_url /Admin/Users*)" -x "$(hsg_url /Admin/Tokens*)" -x "$(hsg_url /Culture*)" \
    -m "$wapiti_modules" --max-scan-time "$scan_seconds" --max-attack-time 25 \
    --max-links-per-page 20 --max-files-per-dir 20 -d 2 \
    --flush-session --store-session "$hsg_work/wapiti-session" --store-config "$hsg_work/wapiti-config" \
    -f json -o "$hsg_work/wapiti.json" -v 0 --no-bugreport >"$hsg_work/wapiti.log" 2>&1 || {
    tail -n 20 "$hsg_work/wapiti.log" >&2
    hsg_die "wapiti failed."
}
wapiti_seconds=$((SECONDS - started))
logged_in && session=kept || session=lost
python3 - "$hsg_work/wapiti.json" >"$hsg_work/wapiti-summary" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
names = {"3": "high", "2": "medium", "1": "low", "0": "info"}
counts = {"high": 0, "medium": 0, "low": 0, "info": 0}
lines = []
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, findings in (report.get(section) or {}).items():
        for f in findings:
            level = names.get(str(f.get("level")), "info")
            counts[level] += 1
            kind = {"vulnerabilities": "vulnerability", "anomalies": "anomaly"}.get(section, section)
            lines.append(f"  {level:6} {kind}: {category}: {f.get('method', '')} {f.get('path', '')} {f.get('parameter', '')} — {(f.get('info') or '').splitlines()[0][:160] if f.get('info') else ''}")
print(" ".join(f"{k}={v}" for k, v in counts.items()))
print("\n".join(lines))
PY
wapiti_counts=$(head -n 1 "$hsg_work/wapiti-summary")
echo "wapiti: ${wapiti_seconds} s, session $session after the scan; findings by severity: $wapiti_counts"
tail -n +2 "$hsg_work/wapiti-summary"

# --- sqlmap ---------------------------------------------------------------------------------------
sqlmap_found=0
run_sqlmap() { # NAME ARGS...
    local name=$1 out
    out="$hsg_work/sqlmap-$(tr -c 'A-Za-z0-9\n' '_' <<<"$name")"
    shift
    timeout 300 sqlmap --batch --level 1 --risk 1 --output-dir "$out" --disable-coloring "$@" \
        >"$out.log" 2>&1 || true
    if grep -q "identified the following injection point" "$out.log"; then
        echo "  INJECTABLE: $name"
        grep -A 12 "identified the following injection point" "$out.log" | sed 's/^/    /'
        sqlmap_found=$((sqlmap_found + 1))
    elif grep -q "do not appear to be injectable\|does not seem to be injectable" "$out.log"; then
        echo "  not injectable: $name ($(grep -c "does not seem to be injectable" "$out.log") parameters tested)"
    else
        echo "  INCONCLUSIVE: $name (see $out.log)"
        tail -n 5 "$out.log" | sed 's/^/    /'
        sqlmap_found=$((sqlmap_found + 1))
    fi
}
echo "sqlmap --batch --level 1 --risk 1:"
run_sqlmap "GET /Publications q,quarter,status" -u "$(hsg_url '/Publications?q=abc&quarter=2022Q3&status=Published')" \
    -p q,quarter,status --cookie "$cookie" --threads 2
run_sqlmap "GET /Units q" -u "$(hsg_url '/Units?q=abc')" -p q --cookie "$cookie" --threads 2
run_sqlmap "POST /Account/Login Input.UserName" -u "$(hsg_url /Account/Login)" \
    --data "Input.UserName=nobody&Input.Password=x&__RequestVerificationToken=x" -p Input.UserName \
    --csrf-token __RequestVerificationToken --csrf-url "$(hsg_url /Account/Login)"

echo "SCAN wapiti $wapiti_counts sqlmap_injectable=$sqlmap_found"
high=$(sed -n 's/.*high=\([0-9]*\).*/\1/p' <<<"$wapiti_counts")
medium=$(sed -n 's/.*medium=\([0-9]*\).*/\1/p' <<<"$wapiti_counts")
if ((high > 0 || medium > 0 || sqlmap_found > 0)); then
    exit 1
fi
