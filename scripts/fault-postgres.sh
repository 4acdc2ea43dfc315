#!/usr/bin/env bash
# PostgreSQL goes away and comes back while the portal runs:
#   1. a throwaway cluster (as in .ci/run: initdb as the postgres user, trust authentication, loopback only),
#      the portal on it with the demo data; /health 200 and a logged-in page 200;
#   2. pg_ctl stop -m fast: the page answers 503 with the Chinese error page, /health answers 503;
#   3. pg_ctl start: within 10 s the page answers 200 again, the portal not restarted.
# Usage: scripts/fault-postgres.sh   (HSG_FAULT_POSTGRES_PORT, default 55440). Needs a build of
# src/HuangshigangDisclosure.Web and Debian's postgresql (installed when missing).
# Last line: PGDOWN ok recovered_in_ms=N; exit 1 on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/portal.sh"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

pg_port=${HSG_FAULT_POSTGRES_PORT:-55440}
page=/Publications
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || hsg_need_packages postgresql
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then
    hsg_die "Port $pg_port on 127.0.0.1 is already in use: set HSG_FAULT_POSTGRES_PORT."
fi

hsg_setup fault-postgres
pg_dir="$hsg_work/pg"
pg() { as_root runuser -u postgres -- "$pg_bin/$@"; }
pg_start() {
    pg pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -c fsync=off -c unix_socket_directories=$pg_dir" start >/dev/null
}
cleanup() {
    hsg_stop
    pg pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    [[ -n ${HSG_KEEP:-} ]] || rm -rf "$hsg_work"
}
trap cleanup EXIT

mkdir -p "$pg_dir"
chmod 755 "$hsg_work"
as_root chown postgres:postgres "$pg_dir"
pg initdb -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$hsg_work/initdb.log" 2>&1 ||
    { cat "$hsg_work/initdb.log" >&2; exit 1; }
pg_start || { cat "$pg_dir/server.log" >&2; exit 1; }
pg createdb -h 127.0.0.1 -p "$pg_port" -U postgres hsg_fault
echo "fault-postgres: PostgreSQL on 127.0.0.1:$pg_port, portal $hsg_dll on port $hsg_port"

export Database__Provider=PostgreSql
export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=hsg_fault"
hsg_start
hsg_wait_healthy 180 || exit 1

jar="$hsg_work/cookies"
hsg_login admin "$jar"
status() { curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 10 -b "$jar" "$(hsg_url "$1")" || true; }
failed=0
expect() { # WHAT EXPECTED ACTUAL
    if [[ $3 == "$2" ]]; then echo "  ok   $1: $3"; else echo "  FAIL $1: $3, expected $2" >&2; failed=1; fi
}

echo "PostgreSQL up:"
expect "/health" 200 "$(status /health)"
expect "$page" 200 "$(status "$page")"

echo "PostgreSQL stopped (pg_ctl stop -m fast):"
pg pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null
# Twice each: the first request may still find a connection pooled before the stop.
for round in 1 2; do
    expect "$page ($round)" 503 "$(status "$page" "$hsg_work/down.html")"
    expect "/health ($round)" 503 "$(status /health)"
done
if grep -q '系统暂时无法使用' "$hsg_work/down.html" && grep -q '数据库暂时无法连接' "$hsg_work/down.html"; then
    echo "  ok   the 503 page is the Chinese error page (系统暂时无法使用)"
else
    echo "  FAIL the 503 page is not the Chinese error page:" >&2
    head -c 600 "$hsg_work/down.html" >&2
    failed=1
fi
kill -0 "$hsg_pid" || { echo "  FAIL the portal exited while PostgreSQL was down" >&2; failed=1; }

echo "PostgreSQL started again:"
pg_start
started=$(date +%s%N)
recovered_ms=""
while (($(date +%s%N) - started < 10000000000)); do
    if [[ $(status "$page") == 200 ]]; then
        recovered_ms=$((($(date +%s%N) - started) / 1000000))
        break
    fi
    sleep 0.2
done
if [[ -n $recovered_ms ]]; then
    echo "  ok   $page 200 again after ${recovered_ms} ms (same process, pid $hsg_pid)"
    expect "/health" 200 "$(status /health)"
else
    echo "  FAIL $page did not answer 200 within 10 s of PostgreSQL's return" >&2
    failed=1
fi

if ((failed)); then
    echo "PGDOWN failed recovered_in_ms=${recovered_ms:-none}"
    exit 1
fi
echo "PGDOWN ok recovered_in_ms=$recovered_ms"
