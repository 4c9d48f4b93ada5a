#!/usr/bin/env bash
# Starts a local PostgreSQL for the server's tests (Debian's `postgresql` package; installs it
# when missing), makes a role that may create databases, and prints the admin URL the tests
# create their own databases from:  export TEST_DATABASE_URL=$(bash scripts/ci-postgres.sh)
# Everything stays on loopback. Used by .ci/run; the quick start needs none of it.
set -euo pipefail
log() { echo "$*" >&2; }
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo -E"

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing PostgreSQL (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq postgresql >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main"' | grep -q .; then
  $SUDO pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
  $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')
psql_admin() { $SUDO su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -tAc \"$1\"" ; }
for _ in $(seq 1 30); do psql_admin 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin "select 1 from pg_roles where rolname = 'dnd_ci'")" != "1" ]; then
  psql_admin "create role dnd_ci login password 'dnd_ci' createdb" >&2
fi
echo "postgresql://dnd_ci:dnd_ci@127.0.0.1:$PORT/postgres"
