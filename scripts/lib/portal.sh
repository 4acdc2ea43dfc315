# Shared by scripts/fault-import.sh, fault-postgres.sh, soak.sh and scan.sh (sourced, not run):
# find the built portal, start it as a plain process on 127.0.0.1, wait for /health, stop it.
#
# The portal runs as `dotnet HuangshigangDisclosure.Web.dll --urls http://127.0.0.1:PORT --demo` from its
# build folder (appsettings.json is there), Production environment, with everything it writes (database,
# logs, import staging) in the caller's work folder $hsg_work.

hsg_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
hsg_work=""
hsg_pid=""
hsg_port=""
hsg_dll=""

hsg_die() {
    echo "$*" >&2
    exit 1
}

# Debian packages installed when missing (as root, or through sudo).
hsg_need_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "apt-get install ${missing[*]}" >&2
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq >/dev/null
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The newest build of the portal, Release or Debug (HSG_CONFIGURATION=Release|Debug to choose).
hsg_find_dll() {
    local candidates=() c
    for c in ${HSG_CONFIGURATION:-Release Debug}; do
        candidates+=("$hsg_root/src/HuangshigangDisclosure.Web/bin/$c/net10.0/HuangshigangDisclosure.Web.dll")
    done
    hsg_dll=$(ls -t "${candidates[@]}" 2>/dev/null | head -n 1 || true)
    [[ -n $hsg_dll ]] || hsg_die "No build of src/HuangshigangDisclosure.Web: run 'dotnet build' first."
}

hsg_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# hsg_setup NAME: a fresh work folder, a free port and the SQLite connection string (callers may override
# Database__Provider and ConnectionStrings__Default before hsg_start).
hsg_setup() {
    hsg_find_dll
    hsg_work=$(mktemp -d "/tmp/hsg-$1.XXXXXX")
    hsg_port=${HSG_PORT:-$(hsg_free_port)}
    export ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    export Database__Provider=Sqlite
    export ConnectionStrings__Default="Data Source=$hsg_work/portal.db"
    export Logging__File__Path="$hsg_work/logs/portal-.log"
    export Import__StagingFolder="$hsg_work/imports"
    # The scripts log in a few times from one address; the log-in rate limit is tested elsewhere.
    export RateLimiting__LoginAttemptsPerWindow=10000
}

hsg_url() { echo "http://127.0.0.1:$hsg_port$1"; }

# Starts the portal in the background (output appended to $hsg_work/app.log); hsg_pid is its process id.
hsg_start() {
    (cd "$(dirname "$hsg_dll")" && exec dotnet "$hsg_dll" --urls "http://127.0.0.1:$hsg_port" --demo "$@") \
        >>"$hsg_work/app.log" 2>&1 &
    hsg_pid=$!
}

# hsg_wait_healthy [SECONDS]: waits until /health answers 200 (default 120 s: a loaded machine starts slowly).
hsg_wait_healthy() {
    local deadline=$((SECONDS + ${1:-120}))
    while ((SECONDS < deadline)); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(hsg_url /health)") == 200 ]]; then
            return 0
        fi
        if ! kill -0 "$hsg_pid" 2>/dev/null; then
            echo "The portal exited during start; last lines of $hsg_work/app.log:" >&2
            tail -n 30 "$hsg_work/app.log" >&2
            return 1
        fi
        sleep 0.5
    done
    echo "The portal did not answer /health within ${1:-120} s." >&2
    return 1
}

# Stops the portal started by hsg_start (TERM, then KILL after 20 s).
hsg_stop() {
    [[ -n $hsg_pid ]] || return 0
    if kill -0 "$hsg_pid" 2>/dev/null; then
        kill "$hsg_pid" 2>/dev/null || true
        local i
        for i in $(seq 40); do
            kill -0 "$hsg_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$hsg_pid" 2>/dev/null || true
    fi
    wait "$hsg_pid" 2>/dev/null || true
    hsg_pid=""
}

# hsg_token USER: a new API token for USER, from the operator command (run against the same database).
hsg_token() {
    (cd "$(dirname "$hsg_dll")" && dotnet "$hsg_dll" token create --user "$1" --name "script-$$" --demo 2>>"$hsg_work/app.log") |
        grep -E '^hsg_' | tail -n 1
}

# hsg_login USER COOKIE_JAR: logs USER in with the demo password through the real form (antiforgery included).
hsg_login() {
    local user=$1 jar=$2 form token status
    form=$(curl -s -c "$jar" -b "$jar" "$(hsg_url /Account/Login)")
    token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$form" | head -n 1)
    [[ -n $token ]] || token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$form" | sed 's/.*value="//;s/"$//' | head -n 1)
    [[ -n $token ]] || { echo "No antiforgery token on the log-in page." >&2; return 1; }
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=${HSG_DEMO_PASSWORD:-Hsg@2022demo}" \
        --data-urlencode "__RequestVerificationToken=$token" "$(hsg_url /Account/Login)")
    [[ $status == 302 ]] || { echo "Log-in of $user answered $status, not a redirect." >&2; return 1; }
    grep -q 'hsg.auth' "$jar" || { echo "Log-in of $user set no hsg.auth cookie." >&2; return 1; }
}

# hsg_rss_mb PID: resident memory in MB.
hsg_rss_mb() {
    awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0
}
