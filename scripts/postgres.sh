#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks (Debian's `postgresql` package):
#
#   eval "$(bash scripts/postgres.sh start)"   # sets PG_TEST_DIR and TEST_DATABASE_URL
#   bash scripts/postgres.sh stop "$PG_TEST_DIR"
#
# `start` makes a temporary directory, runs initdb as an unprivileged user (PostgreSQL refuses to run as
# root: as root it uses the package's `postgres` user), trusts connections from 127.0.0.1 only (no other
# host, no Unix socket), listens on 127.0.0.1 on a free port, creates the database `dashboard_test` and
# prints the two variables as shell assignments. Durability is off (fsync, synchronous_commit): the data is
# thrown away. `stop` stops that cluster (bounded wait) and removes its directory.
set -euo pipefail

PG_USER=${PG_USER:-postgres}
PG_BIN=${PG_BIN:-$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)}
if [[ -z $PG_BIN || ! -x $PG_BIN/initdb ]]; then
  echo "PostgreSQL binaries not found (apt-get install -y postgresql, or set PG_BIN)" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

start() {
  local dir port attempt
  dir=$(mktemp -d "${TMPDIR:-/tmp}/om-postgres.XXXXXX")
  chmod 0755 "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown "$PG_USER" "$dir"; fi
  if ! as_owner test -w "$dir"; then
    echo "$PG_USER cannot write $dir: point TMPDIR at a directory every user can reach" >&2
    rm -rf "$dir"
    return 1
  fi
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A reject -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1; }
  # Only TCP from 127.0.0.1, without a password (the cluster lives as long as one test run).
  echo "host all all 127.0.0.1/32 trust" | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
  for attempt in 1 2 3; do
    port=$(free_port)
    # A port taken between free_port and the server's bind makes pg_ctl fail: try another, three times at most.
    if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null; then
      if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
        -c 'CREATE DATABASE dashboard_test' >/dev/null; then
        stop "$dir"
        return 1
      fi
      echo "PG_TEST_DIR=$dir"
      echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/dashboard_test"
      return 0
    fi
    echo "postgres did not start on port $port (attempt $attempt)" >&2
  done
  cat "$dir/server.log" >&2 || true
  stop "$dir"
  return 1
}

stop() {
  local dir=${1:?usage: postgres.sh stop <PG_TEST_DIR>}
  [[ -d $dir ]] || return 0
  if [[ -f $dir/data/postmaster.pid ]]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null ||
      as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case ${1:-} in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop <PG_TEST_DIR>" >&2
    exit 2
    ;;
esac
