#!/usr/bin/env bash
# Benchmarks of issue 8 on this machine, as ratios inside one run (see docs/performance.md).
#   bench/run.sh [--size small|full]
#     small: 20 units, 50,000 publications over 2 years (a smoke test: CI runs it, no thresholds)
#     full:  500 units, 1,000,000 publications over 5 years
# Prints a table and, last, one line:
#   BENCH scoring_ratio=… dashboard_ratio=… sql_per_dashboard=… import_rows_per_s=… export_peak_mb=…
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
size=small
[[ ${1:-} == --size ]] && size=${2:-small}
case $size in
    small) units=20 publications=50000 years=2 seconds=5 warmup=3 ;;
    full) units=500 publications=1000000 years=5 seconds=20 warmup=15 ;;
    *) echo "usage: bench/run.sh [--size small|full]" >&2; exit 2 ;;
esac
work=$(mktemp -d /tmp/hsg-bench.XXXXXX)
app_pid=""
cleanup() { [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y --no-install-recommends wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends wrk >/dev/null; }
    else sudo apt-get install -y --no-install-recommends wrk >/dev/null; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/HuangshigangDisclosure.Bench -c Release -v q -nologo >/dev/null
bench="dotnet bench/HuangshigangDisclosure.Bench/bin/Release/net10.0/HuangshigangDisclosure.Bench.dll"
web_dll="$root/bench/HuangshigangDisclosure.Bench/bin/Release/net10.0/HuangshigangDisclosure.Web.dll"
db="$work/bench.db"

if [[ -n ${BENCH_REUSE_DB:-} ]]; then
    # For iterating on a fix: a copy of a database generated before (the import adds to it). Report runs generate.
    echo "== reusing a copy of $BENCH_REUSE_DB (no generation)"
    cp "$BENCH_REUSE_DB" "$db"
else
    echo "== generate ($size): $units units, $publications publications, $years years"
    $bench generate --db "$db" --units "$units" --publications "$publications" --years "$years"
fi

echo "== scoring (2026Q2, product path vs bare aggregate)"
# (Not `tee /dev/stderr`: reopening stderr truncates a log file it is redirected to.)
score_out=$($bench score --db "$db" --quarter 2026Q2 --repeat 9)
printf '%s\n' "$score_out"
scoring=$(grep '^SCORING' <<<"$score_out")
scoring_ratio=$(sed -E 's/.*scoring_ratio=([0-9.]+).*/\1/' <<<"$scoring")

# --- The portal (Release, Kestrel on loopback) on a database: start, log in, count SQL per request -------------
port="" base="" log="" cookie=""
start_portal() { # start_portal DB NAME [sql]: with "sql", EF logs every command (for counting; slows requests)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    base="http://127.0.0.1:$port"
    log="$work/portal-$2.log"
    local sql_level=Warning
    [[ ${3:-} == sql ]] && sql_level=Information
    # The web root is the source's wwwroot: the portal runs from the bench's build folder, which has none, and
    # the bare endpoint (/favicon.svg) must be a real static file, not a redirect to the log-in page.
    (cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_WEBROOT="$root/src/HuangshigangDisclosure.Web/wwwroot" \
        Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$1" \
        RateLimiting__LoginAttemptsPerWindow=100000 Logging__File__Path="$work/logs/portal-$2-.log" \
        "Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=$sql_level" \
        'Serilog__MinimumLevel__Override__Microsoft.AspNetCore=Warning' \
        dotnet "$web_dll" --urls "$base" >"$log" 2>&1) &
    app_pid=$!
    for _ in $(seq 120); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
    local jar="$work/cookies-$2" token
    token=$(curl -s -c "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -E 's/.*value="([^"]*)"/\1/' | head -n1)
    curl -s -b "$jar" -c "$jar" -o /dev/null -d "Input.UserName=admin" --data-urlencode "Input.Password=Bench@2026-hsg" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
    # Netscape cookie file: HttpOnly cookies (the log-in cookie) are the lines prefixed "#HttpOnly_".
    cookie=$(awk '(/^#HttpOnly_/ || !/^#/) && NF>=7 {printf "%s=%s; ", $6, $7}' "$jar")
    cookie=${cookie%; }
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/Reports/Index?q=2026Q2")
    [[ $code == 200 ]] || { echo "dashboard answered $code (log-in failed?)" >&2; tail -20 "$log" >&2; exit 1; }
}
stop_portal() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
executed() { grep -c 'Executed DbCommand' "$log" || true; }
# sql_per_request URL: SQL commands (EF logs each one it executes) per request, averaged over 5 requests.
sql_per_request() {
    curl -s -o /dev/null -H "Cookie: $cookie" "$1"
    local before after
    before=$(executed)
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Cookie: $cookie" "$1"; done
    sleep 0.5 # the portal logs on a background thread
    after=$(executed)
    python3 -c "print(round(($after-$before)/5, 1))"
}
# sql_first_after_write URL: SQL commands of the first request after a write (the figures are computed again).
sql_first_after_write() {
    local before after
    # A write that every data version sees: an API token made and revoked is audited like any change.
    (cd "$work" && Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$2" Logging__File__Path="$work/logs/cmd-.log" \
        dotnet "$web_dll" token create --user admin --name "bench-write-$RANDOM" >/dev/null 2>&1)
    # That process is another node: this portal sees its write once the data version is read again (within
    # DataVersion:RecheckMilliseconds, 1 s; the command above takes longer than that to start and finish).
    sleep 1.1
    before=$(executed)
    curl -s -o /dev/null -H "Cookie: $cookie" "$1"
    sleep 0.5
    after=$(executed)
    echo $((after - before))
}

echo "== SQL commands per dashboard request at 10 and 500 units (20,000 publications over 1 year each)"
declare -A sql_at
for n in 10 500; do
    $bench generate --db "$work/units-$n.db" --units "$n" --publications 20000 --years 1 >/dev/null
    start_portal "$work/units-$n.db" "units-$n" sql
    sql_at[$n]=$(sql_per_request "$base/Reports/Index?q=2026Q2")
    echo "$n units: ${sql_at[$n]} per request"
    stop_portal
done

echo "== portal on the benchmark database"
start_portal "$db" sql sql
dashboard="$base/Reports/Index?q=2026Q2"
sql_per_dashboard=$(sql_per_request "$dashboard")
sql_after_write=$(sql_first_after_write "$dashboard" "$db")
stop_portal
# Load and import on a portal that does not log every SQL command, as in production.
start_portal "$db" main
dashboard="$base/Reports/Index?q=2026Q2"

bare_code=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$base/favicon.svg")
[[ $bare_code == "200 image/svg+xml" ]] || { echo "the bare endpoint /favicon.svg answered $bare_code, not the static file" >&2; exit 1; }
# Requests/s: the dashboard vs a bare endpoint of the same app (a static file), 32 connections.
echo "== wrk: ${warmup}s warm-up, then ${seconds}s each, 32 connections"
# Both with the Accept-Encoding every browser sends (the portal compresses pages over plain HTTP).
wrk_run() { wrk -t2 -c32 -d"${seconds}s" -s "$root/bench/latency.lua" -H "Cookie: $cookie" -H "Accept-Encoding: gzip, deflate, br" "$1"; }
# Warm-up first, as any load test: the JIT compiles the hot paths in tiers, and on two cores saturated by the load
# that takes several seconds; the measured runs are the portal's steady state, for both endpoints alike.
wrk -t2 -c32 -d"${warmup}s" -H "Cookie: $cookie" -H "Accept-Encoding: gzip, deflate, br" "$dashboard" >/dev/null
wrk -t2 -c32 -d"${warmup}s" -H "Accept-Encoding: gzip, deflate, br" "$base/favicon.svg" >/dev/null
dash_out=$(wrk_run "$dashboard")
bare_out=$(wrk_run "$base/favicon.svg")
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
pct() { grep -o "$2=[0-9.]*" <<<"$1" | cut -d= -f2; }
dash_rps=$(rps "$dash_out"); bare_rps=$(rps "$bare_out")
dashboard_ratio=$(python3 -c "print(round($dash_rps/$bare_rps, 3))")

# Import: 50,000 rows of .xlsx through the API, validation and commit included.
echo "== import 50,000 rows"
$bench import-file --db "$db" --rows 50000 --out "$work/import.xlsx" >/dev/null
api_token=$(cd "$work" && Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Logging__File__Path="$work/logs/cmd-.log" \
    dotnet "$web_dll" token create --user admin --name bench 2>/dev/null | grep -Eo '[A-Za-z0-9_-]{30,}' | tail -n1)
import_s=$(curl -s -o "$work/import.json" -w '%{time_total}' -H "Authorization: Bearer $api_token" -F "file=@$work/import.xlsx" \
    "$base/api/v1/imports/publications")
grep -q '"added":50000' "$work/import.json" || { echo "import failed: $(head -c 400 "$work/import.json")" >&2; exit 1; }
grep -o "Imported 50000 publications.*" "$log" || true
import_rows_per_s=$(python3 -c "print(round(50000/$import_s))")

# Export: the unfiltered publication list as CSV (streamed), after the import above, so it holds the generated
# publications and the imported ones. The portal is started afresh first (start_portal, a new log-in), so the
# figure is a cold first export, not shaped by what ran before (wrk, the import). VmRSS of the portal is sampled every 100 ms from just before the download to its end;
# export_peak_mb = the highest sample minus the sample taken just before.
echo "== export the publication list to CSV"
export_rows=$(python3 -c "import sqlite3; print(sqlite3.connect('file:$db?mode=ro', uri=True).execute('SELECT COUNT(*) FROM Publications').fetchone()[0])")
stop_portal
start_portal "$db" export
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/Publications/Index")
[[ $code == 200 ]] || { echo "publication list answered $code after the restart" >&2; tail -20 "$log" >&2; exit 1; }
sleep 1
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status"; }
rss_before_kb=$(rss_kb)
(while kill -0 "$app_pid" 2>/dev/null; do rss_kb; sleep 0.1; done) >"$work/export-rss.txt" 2>/dev/null &
sampler_pid=$!
export_out=$(curl -s -o "$work/export.csv" -w '%{http_code} %{time_total} %{size_download}' -H "Cookie: $cookie" \
    "$base/Publications/Index?handler=Export&format=csv")
sleep 0.2
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
read -r export_code export_s export_bytes <<<"$export_out"
export_lines=$(wc -l <"$work/export.csv")
[[ $export_code == 200 && $export_lines -eq $((export_rows + 1)) ]] || {
    echo "export failed: HTTP $export_code, $export_lines lines for $export_rows publications" >&2; tail -20 "$log" >&2; exit 1; }
grep -o "Exported [0-9]* publications as CSV.*" "$log" || true
rss_peak_kb=$(sort -n "$work/export-rss.txt" | tail -n1)
export_peak_mb=$(python3 -c "print(round(max(0, ${rss_peak_kb:-0} - $rss_before_kb) / 1024, 1))")
rm -f "$work/export.csv"

printf '\n%-22s %12s\n' measure value
printf '%-22s %12s\n' "scoring product ms" "$(sed -E 's/.*product_ms=([0-9.]+).*/\1/' <<<"$scoring")"
printf '%-22s %12s\n' "scoring floor ms" "$(sed -E 's/.*floor_ms=([0-9.]+).*/\1/' <<<"$scoring")"
printf '%-22s %12s\n' "dashboard req/s" "$dash_rps"
printf '%-22s %12s\n' "dashboard p50 ms" "$(pct "$dash_out" p50_ms)"
printf '%-22s %12s\n' "dashboard p95 ms" "$(pct "$dash_out" p95_ms)"
printf '%-22s %12s\n' "dashboard p99 ms" "$(pct "$dash_out" p99_ms)"
printf '%-22s %12s\n' "bare req/s" "$bare_rps"
printf '%-22s %12s\n' "SQL/dashboard" "$sql_per_dashboard"
printf '%-22s %12s\n' "SQL/dashboard 10 u." "${sql_at[10]}"
printf '%-22s %12s\n' "SQL/dashboard 500 u." "${sql_at[500]}"
printf '%-22s %12s\n' "SQL first after write" "$sql_after_write"
printf '%-22s %12s\n' "import seconds" "$import_s"
printf '%-22s %12s\n' "export rows" "$export_rows"
printf '%-22s %12s\n' "export seconds" "$export_s"
printf '%-22s %12s\n' "export MB (file)" "$(python3 -c "print(round($export_bytes / 1048576, 1))")"
printf '%-22s %12s\n' "export RSS before MB" "$(python3 -c "print(round($rss_before_kb / 1024, 1))")"
printf '%-22s %12s\n' "export RSS peak MB" "$(python3 -c "print(round(${rss_peak_kb:-0} / 1024, 1))")"
echo "BENCH scoring_ratio=$scoring_ratio dashboard_ratio=$dashboard_ratio sql_per_dashboard=$sql_per_dashboard import_rows_per_s=$import_rows_per_s export_peak_mb=$export_peak_mb"
