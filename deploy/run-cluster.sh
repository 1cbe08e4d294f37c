#!/usr/bin/env bash
# Runs a local Frontdesk cluster on 127.0.0.1 for tests and benchmarks: a throwaway PostgreSQL, N engine nodes
# sharing it, and nginx in front of them (hash by branch, WebSockets), all from Debian's packages:
#   bash deploy/run-cluster.sh [nodes=3] [first-node-port=5081] [nginx-port=5080]
# nginx listens on the nginx port (skipped with a note if nginx is not installed: apt-get install nginx-light);
# node i on first-node-port + i - 1. Node 1 seeds the demo chain. Ctrl+C stops everything and removes the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-3}
first_port=${2:-5081}
nginx_port=${3:-5080}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
as_pg=(); [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)

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
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir -c max_connections=300" start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "PostgreSQL on 127.0.0.1:$pg_port"

dotnet build Web -c Release -v q --nologo >/dev/null
out="$PWD/Web/bin/Release/net10.0"
wait_ready() {
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "node on port $1 not ready within 60 s" >&2; return 1
}
for i in $(seq 1 "$nodes"); do
  port=$((first_port + i - 1))
  seed=false; [ "$i" = 1 ] && seed=true
  ConnectionStrings__Frontdesk="$connection" Frontdesk__Silo__NodeId="node-$i" Frontdesk__Demo__Seed=$seed Frontdesk__Security__KeysFolder="$dir/keys" \
    dotnet "$out/Frontdesk.Web.dll" --contentRoot "$out" --urls "http://127.0.0.1:$port" &
  pids+=($!)
  # Node 1 writes the demo chain before the others join, so they never race it.
  [ "$i" = 1 ] && wait_ready "$port"
  echo "node-$i on http://127.0.0.1:$port"
done

if [ -n "$nginx" ]; then
  servers=$(for i in $(seq 1 "$nodes"); do printf '    server 127.0.0.1:%s max_fails=1 fail_timeout=2s;\\n' $((first_port + i - 1)); done)
  mkdir -p "$dir/nginx"
  sed -e "s|# @nodes@|${servers}|" -e "s|@listen@|127.0.0.1:$nginx_port|" deploy/nginx/frontdesk.conf > "$dir/nginx/frontdesk.conf"
  cat > "$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  include $dir/nginx/frontdesk.conf;
}
CONF
  "$nginx" -t -q -c "$dir/nginx/nginx.conf" -p "$dir/nginx"
  "$nginx" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -g 'daemon off;' &
  pids+=($!)
  echo "nginx on http://127.0.0.1:$nginx_port (hash by branch over $nodes nodes)"
else
  echo "nginx not installed (apt-get install nginx-light): talk to the nodes directly"
fi
wait
