#!/usr/bin/env bash
# A second, throwaway PostgreSQL cluster for the fault test (server/test/faults.test.ts), which
# stops and starts it while the server runs. Its own cluster, so stopping it disturbs no other
# test. Prints "<version>/<cluster> <admin URL>". Run after scripts/ci-postgres.sh; as root.
set -euo pipefail
NAME=dndfaults
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1==v && $2==n' | grep -q .; then
  pg_createcluster "$VERSION" "$NAME" >&2
fi
pg_ctlcluster "$VERSION" "$NAME" start >&2 2>/dev/null || true
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1==v && $2==n {print $3}')
psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -tAc \"$1\""; }
for _ in $(seq 1 30); do psql_admin 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin "select 1 from pg_roles where rolname = 'dnd_ci'")" != "1" ]; then
  psql_admin "create role dnd_ci login password 'dnd_ci' createdb" >&2
fi
echo "$VERSION/$NAME postgresql://dnd_ci:dnd_ci@127.0.0.1:$PORT/postgres"
