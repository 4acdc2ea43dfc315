#!/usr/bin/env bash
# Kills the portal with kill -9 at random moments of a 50,000-row publication import, N times, and checks
# after every restart that nothing was half-imported:
#   - every import is wholly present or wholly absent: the attempt's rows number 0 or all of them, each
#     ImportBatch has exactly ImportBatches.Added publications, no publication names a missing batch;
#   - SQLite's PRAGMA integrity_check answers ok;
#   - the 2022Q3 scores (GET /api/v1/quarters/2022Q3/scores, the "units" array) hash as in a clean run
#     (the imported rows are dated in 2026Q1, so they must not move them).
# The moment of each kill is random within 1.25 × the time a clean import of the same file took.
#
# Usage: scripts/fault-import.sh [--kills N] [--rows N]   (defaults: 20 kills, 50,000 rows)
# Needs a build of src/HuangshigangDisclosure.Web (Release or Debug), sqlite3 (installed when missing).
# Last line: FAULTS kills=N survived=N partial_imports=0 integrity=ok scores_hash_equal=N …; exit 1 on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/portal.sh"

kills=20
rows=50000
while (($#)); do
    case $1 in
        --kills) kills=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        *) hsg_die "Usage: $0 [--kills N] [--rows N]" ;;
    esac
done

command -v sqlite3 >/dev/null || hsg_need_packages sqlite3
command -v jq >/dev/null || hsg_need_packages jq
hsg_setup fault-import
trap 'hsg_stop; [[ -n ${HSG_KEEP:-} ]] || rm -rf "$hsg_work"' EXIT
db="$hsg_work/portal.db"
echo "fault-import: $hsg_dll on port $hsg_port, work folder $hsg_work"

# A CSV of ROWS publications of demo units, titles unique to the attempt, dated 2026-01-01..2026-03-28.
make_csv() {
    local attempt=$1 file=$2
    awk -v attempt="$attempt" -v rows="$rows" 'BEGIN {
        split("花湖街道 沈家营街道 区财政局 区民政局 江北管理区 胜阳港街道", units, " ")
        print "单位,标题,发布日期"
        for (i = 1; i <= rows; i++) {
            printf "%s,故障演练%s 第%d条信息,2026-%02d-%02d\n", units[(i % 6) + 1], attempt, i, (i % 3) + 1, (i % 28) + 1
        }
    }' >"$file"
}

token=""
scores_hash() {
    curl -sf --max-time 120 -H "Authorization: Bearer $token" "$(hsg_url /api/v1/quarters/2022Q3/scores)" | jq -cS '.units' | sha256sum | cut -c1-16
}

sql() { sqlite3 -batch -noheader "$db" "$1"; }

# Prints nothing when consistent, else what is wrong.
check_imports() {
    local partial bad orphans
    partial=$(sql "SELECT a || ': ' || n FROM (SELECT substr(Title, 1, instr(Title, ' ') - 1) AS a, COUNT(*) AS n FROM Publications WHERE Title LIKE '故障演练%' GROUP BY a) WHERE n <> $rows;")
    [[ -z $partial ]] || echo "attempts with some but not all of their $rows rows: $partial"
    bad=$(sql "SELECT COUNT(*) FROM ImportBatches b WHERE b.Added <> (SELECT COUNT(*) FROM Publications p WHERE p.ImportBatchId = b.Id);")
    [[ $bad == 0 ]] || echo "$bad import batches whose publication count differs from Added"
    orphans=$(sql "SELECT COUNT(*) FROM Publications p WHERE p.ImportBatchId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ImportBatches b WHERE b.Id = p.ImportBatchId);")
    [[ $orphans == 0 ]] || echo "$orphans publications name a missing import batch"
}

import_file() { # FILE OUT → HTTP status on stdout (000 when the connection died)
    curl -s -o "$2" -w '%{http_code}' --max-time 600 -H "Authorization: Bearer $token" \
        -F "file=@$1;type=text/csv;filename=fault.csv" "$(hsg_url /api/v1/imports/publications)" || true
}

# --- Clean run: start, token, reference hash, one uninterrupted import to time it --------------------
hsg_start
hsg_wait_healthy || exit 1
token=$(hsg_token admin)
[[ $token == hsg_* ]] || hsg_die "Could not create an API token (see $hsg_work/app.log)."
reference=$(scores_hash)
[[ -n $reference ]] || hsg_die "No 2022Q3 scores from the API."
make_csv 0 "$hsg_work/import.csv"
started=$(date +%s%N)
status=$(import_file "$hsg_work/import.csv" "$hsg_work/import-0.json")
clean_ms=$((($(date +%s%N) - started) / 1000000))
[[ $status == 200 ]] || { cat "$hsg_work/import-0.json" >&2; hsg_die "The clean import answered $status."; }
[[ $(jq .added "$hsg_work/import-0.json") == "$rows" ]] || hsg_die "The clean import did not add $rows rows."
after_clean=$(scores_hash)
[[ $after_clean == "$reference" ]] || hsg_die "A 2026 import changed the 2022Q3 scores: the check would prove nothing."
echo "clean run: $rows rows imported in ${clean_ms} ms, 2022Q3 scores hash $reference"

# --- Kills --------------------------------------------------------------------------------------------
survived=0 partial=0 integrity=ok hash_equal=0 present=0 absent=0 failures=0
for attempt in $(seq 1 "$kills"); do
    make_csv "$attempt" "$hsg_work/import.csv"
    # Up to a quarter past the clean import's time, so that some kills fall around and after the commit.
    delay_ms=$(((RANDOM * 32768 + RANDOM) % (clean_ms * 5 / 4 + 1)))
    import_file "$hsg_work/import.csv" "$hsg_work/import-$attempt.json" >"$hsg_work/status-$attempt" &
    client=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$hsg_pid" 2>/dev/null || true
    wait "$hsg_pid" 2>/dev/null || true
    wait "$client" || true
    answered=$(cat "$hsg_work/status-$attempt")
    [[ $answered == 2* || $answered == 4* || $answered == 5* ]] || answered="no answer"

    hsg_start
    if ! hsg_wait_healthy; then
        echo "kill $attempt: the portal did not come back" >&2
        failures=$((failures + 1))
        break
    fi
    survived=$((survived + 1))

    problems=$(check_imports)
    if [[ -n $problems ]]; then
        partial=$((partial + 1))
        echo "kill $attempt: PARTIAL IMPORT: $problems" >&2
    fi
    n=$(sql "SELECT COUNT(*) FROM Publications WHERE Title LIKE '故障演练$attempt 第%';")
    if [[ $n == "$rows" ]]; then present=$((present + 1)); else absent=$((absent + 1)); fi
    check=$(sql "PRAGMA integrity_check;")
    if [[ $check != ok ]]; then
        integrity=failed
        echo "kill $attempt: integrity_check: $check" >&2
    fi
    hash=$(scores_hash)
    if [[ $hash == "$reference" ]]; then hash_equal=$((hash_equal + 1)); else echo "kill $attempt: scores hash $hash" >&2; fi
    echo "kill $attempt after ${delay_ms} ms: client saw ${answered}, import $([[ $n == "$rows" ]] && echo present || echo absent), integrity $check, scores hash $hash"
done
hsg_stop

echo "FAULTS kills=$kills survived=$survived partial_imports=$partial integrity=$integrity scores_hash_equal=$hash_equal imports_present=$present imports_absent=$absent"
if ((failures > 0 || survived != kills || partial > 0 || hash_equal != kills)) || [[ $integrity != ok ]]; then
    exit 1
fi
