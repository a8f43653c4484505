#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for the test suite and the load benchmark.
#
#   .ci/postgres.sh start DIR   installs PostgreSQL from Debian's packages when it is missing,
#                               starts a server with its files in DIR (created, must not exist)
#                               as a non-root user, creates the database helixmatch and prints
#                               its URL (postgresql+psycopg://helixmatch@127.0.0.1:PORT/helixmatch)
#   .ci/postgres.sh stop DIR    stops that server and removes DIR
#
# The server trusts every local connection and is meant for tests and benchmarks only. It runs
# without fsync unless PG_FSYNC=on (the load benchmark turns it on).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z $found ]]; then
        echo "installing PostgreSQL from Debian's packages..." >&2
        as_root apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
        found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$found"
}

# PostgreSQL refuses to run as root: as root, the server runs as the 'postgres' user that
# Debian's package creates; otherwise as the current user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case $action in
start)
    bin=$(pg_bin)
    [[ ! -e $dir ]] || { echo "$dir exists already" >&2; exit 1; }
    mkdir -p "$dir"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U helixmatch --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-off} -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U helixmatch helixmatch
    echo "postgresql+psycopg://helixmatch@127.0.0.1:$port/helixmatch"
    ;;
stop)
    bin=$(pg_bin)
    if [[ -d $dir/data ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    usage
    ;;
esac
