#!/usr/bin/env bash
# Runs a local Frontdesk cluster: a throwaway PostgreSQL on 127.0.0.1 and N engine nodes sharing it.
#   bash deploy/run-cluster.sh [nodes=2] [first-port=5081]
# Ctrl+C stops the nodes and the database and removes its folder.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-2}
first_port=${2:-5081}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
as_pg=(); [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)

dir=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-cluster-XXXXXX")
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pids=()

stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT INT TERM

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir" start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "PostgreSQL on 127.0.0.1:$pg_port"

dotnet build Web -c Release -v q --nologo >/dev/null
for i in $(seq 0 $((nodes - 1))); do
  port=$((first_port + i))
  ConnectionStrings__Frontdesk="$connection" Frontdesk__Silo__NodeId="node-$((i + 1))" ASPNETCORE_ENVIRONMENT=Development \
    dotnet Web/bin/Release/net10.0/Frontdesk.Web.dll --contentRoot "$PWD/Web/bin/Release/net10.0" --urls "http://127.0.0.1:$port" &
  pids+=($!)
  echo "node-$((i + 1)) on http://127.0.0.1:$port"
done
wait
