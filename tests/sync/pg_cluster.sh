#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the sync tests and benchmark.
#
#   eval "$(tests/sync/pg_cluster.sh start /tmp/hubkiosk-pg 55432)"   # exports HUBKIOSK_TEST_PG_URL
#   tests/sync/pg_cluster.sh stop /tmp/hubkiosk-pg
#
# initdb refuses to run as root, so as root the cluster belongs to the "postgres" user.
set -euo pipefail
action=${1:?start or stop}
dir=${2:-/tmp/hubkiosk-pg}
port=${3:-55432}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/initdb" ] || { echo "no PostgreSQL binaries (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 >'$dir/initdb.log'"
    fi
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w \
        -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres hubkiosk_test 2>/dev/null || true"
    echo "export HUBKIOSK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/hubkiosk_test"
    ;;
stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop >/dev/null"
    ;;
*)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
