#!/usr/bin/env bash
# A bounded soak on loopback: Debian's wrk (2 threads, 8 connections) reads logged-in pages in rotation
# (scripts/soak.lua: /, /Publications with filters, /Units, /Directory, the 2022Q3 scores API) as the admin,
# while the liaison of 花湖街道 imports a small CSV through the API every 3 seconds.
# Passes when no answer is 5xx, no write failed, and memory is flat: the app's resident memory (VmRSS)
# at the end is at most 1.5 × its value at the start (after one warm-up request per page) + 50 MB.
#
# Usage: scripts/soak.sh [--seconds N] [--connections N]   (defaults: 600 s, 8 connections)
# Needs a build of src/HuangshigangDisclosure.Web; wrk is installed when missing.
# Last line: SOAK seconds=… requests=… rps=… non_2xx_3xx=… 5xx=0 writes=… write_failures=0 rss_mb=start/middle/end flat=yes
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/portal.sh"

seconds=600
connections=8
while (($#)); do
    case $1 in
        --seconds) seconds=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        *) hsg_die "Usage: $0 [--seconds N] [--connections N]" ;;
    esac
done

command -v wrk >/dev/null || hsg_need_packages wrk
hsg_setup soak
writer=""
sampler=""
cleanup() {
    [[ -z $writer ]] || kill "$writer" 2>/dev/null || true
    [[ -z $sampler ]] || kill "$sampler" 2>/dev/null || true
    hsg_stop
    [[ -n ${HSG_KEEP:-} ]] || rm -rf "$hsg_work"
}
trap cleanup EXIT

hsg_start
hsg_wait_healthy || exit 1
liaison_token=$(hsg_token huahu)
[[ $liaison_token == hsg_* ]] || hsg_die "Could not create an API token for huahu."
jar="$hsg_work/cookies"
hsg_login admin "$jar"
# Every cookie of the session (the log-in cookie may be split in chunks), as one header.
cookie=$(awk -F'\t' 'NF >= 7 && $6 != "" { printf "%s%s=%s", sep, $6, $7; sep = "; " }' <(sed 's/^#HttpOnly_//' "$jar"))

# Warm-up: every page once, then the starting memory.
for path in / /Publications /Units /Directory /api/v1/quarters/2022Q3/scores; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$(hsg_url "$path")")
    [[ $code == 200 ]] || hsg_die "Warm-up: $path answered $code (not logged in?)."
done
rss_start=$(hsg_rss_mb "$hsg_pid")

# Memory every 5 s.
(while sleep 5; do echo "$SECONDS $(hsg_rss_mb "$hsg_pid")"; done) >"$hsg_work/rss" &
sampler=$!

# The liaison's writes: 5 new publications every 3 s, each answer's status on a line.
(
    n=0
    while true; do
        n=$((n + 1))
        printf '单位,标题,发布日期\n' >"$hsg_work/write.csv"
        for i in 1 2 3 4 5; do printf '花湖街道,压力测试 第%d批 第%d条,2026-%02d-%02d\n' "$n" "$i" $((n % 9 + 1)) $((i + 10)) >>"$hsg_work/write.csv"; done
        curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Authorization: Bearer $liaison_token" \
            -F "file=@$hsg_work/write.csv;type=text/csv;filename=soak.csv" "$(hsg_url /api/v1/imports/publications)" || echo 000
        sleep 3
    done
) >"$hsg_work/writes" &
writer=$!

echo "soak: ${seconds} s of wrk -t2 -c$connections on $(hsg_url /) (app pid $hsg_pid, RSS ${rss_start} MB after warm-up)"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -H "Cookie: $cookie" \
    -s "$(dirname "${BASH_SOURCE[0]}")/soak.lua" "$(hsg_url /)" | tee "$hsg_work/wrk.txt"
rss_end=$(hsg_rss_mb "$hsg_pid")
kill "$writer" "$sampler" 2>/dev/null || true
wait "$writer" "$sampler" 2>/dev/null || true
writer="" sampler=""

requests=$(awk '/requests in/ { print $1 }' "$hsg_work/wrk.txt")
rps=$(awk '/^Requests\/sec:/ { print $2 }' "$hsg_work/wrk.txt")
non_ok=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$hsg_work/wrk.txt")
socket_errors=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' "$hsg_work/wrk.txt")
server_errors=$(sed -n 's/.*5xx=\([0-9]*\).*/\1/p' "$hsg_work/wrk.txt")
redirects=$(sed -n 's/.* 3xx=\([0-9]*\).*/\1/p' "$hsg_work/wrk.txt")
writes=$(grep -c . "$hsg_work/writes" || true)
write_failures=$(grep -vc '^200$' "$hsg_work/writes" || true)
write_5xx=$(grep -c '^5' "$hsg_work/writes" || true)
rss_middle=$(awk '{ line[NR] = $2 } END { print line[int((NR + 1) / 2)] + 0 }' "$hsg_work/rss")
rss_max=$(awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }' "$hsg_work/rss")
limit=$(((rss_start * 3 / 2) + 50))
flat=yes
((rss_end <= limit)) || flat=no

echo "writes: $writes imports of 5 rows by huahu, statuses: $(sort "$hsg_work/writes" | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
echo "memory (VmRSS): start ${rss_start} MB, middle ${rss_middle} MB, end ${rss_end} MB, max ${rss_max} MB; flat means end ≤ ${limit} MB"
echo "SOAK seconds=$seconds requests=${requests:-0} rps=${rps:-0} non_2xx_3xx=${non_ok:-0} 3xx=${redirects:-0} 5xx=${server_errors:-?} socket_errors=${socket_errors:-0} writes=$writes write_failures=$write_failures rss_mb=$rss_start/$rss_middle/$rss_end flat=$flat"
if [[ ${server_errors:-x} != 0 ]] || ((write_5xx > 0 || write_failures > 0 || ${requests:-0} == 0)) || [[ $flat != yes ]]; then
    exit 1
fi
