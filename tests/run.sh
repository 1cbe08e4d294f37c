#!/usr/bin/env bash
# Runs every Frontdesk test, on a developer's machine or a fresh Debian one (CI calls this through .ci/run).
# The tests start their own throwaway PostgreSQL clusters on 127.0.0.1 and free ports, and remove them;
# the browser tests drive Debian's Chromium. This script only makes sure PostgreSQL and Chromium are installed
# and Node.js is there (the build compiles Web/ClientApp with it), runs the tests, and cleans up after a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "tests/run.sh: Node.js and npm are needed (the build compiles the browser pages in Web/ClientApp); install Node.js 20.19 or later, e.g. apt-get install nodejs npm" >&2
  exit 1
fi

sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
apt_updated=""
apt_update_once() { [ -n "$apt_updated" ] || { $sudo_ apt-get update -qq; apt_updated=yes; }; }

have_postgres() { [ -n "${FRONTDESK_TEST_POSTGRES:-}" ] || [ -n "${FRONTDESK_PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

if ! have_postgres; then
  echo "tests/run.sh: installing PostgreSQL from Debian's packages"
  # Keep the package from starting a server of its own: the tests start the ones they need.
  printf '#!/bin/sh\nexit 101\n' | $sudo_ tee /usr/sbin/policy-rc.d >/dev/null && $sudo_ chmod +x /usr/sbin/policy-rc.d
  apt_update_once
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  $sudo_ rm -f /usr/sbin/policy-rc.d
  # Debian may still have brought up its default cluster; stop it, it is not ours to leave running.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online" { print $1, $2 }' | while read -r version name; do
      $sudo_ pg_ctlcluster "$version" "$name" stop || true
    done
  fi
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "tests/run.sh: installing Chromium from Debian's packages (the browser tests drive it; never Playwright's download)"
  apt_update_once
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi

cleanup() {
  # A crashed test run can leave a throwaway cluster behind; they all live under the temp folder.
  pkill -f -- "-D ${TMPDIR:-/tmp}/frontdesk-pg-" 2>/dev/null || true
  rm -rf "${TMPDIR:-/tmp}"/frontdesk-pg-* 2>/dev/null || true
}
trap cleanup EXIT

log=$(mktemp)
set +e
# The build (Web/ClientApp.targets) runs npm ci and the front-end build, so node_modules exist for vitest after it.
dotnet test Orleans.sln --nologo -v q --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ -d Web/ClientApp/node_modules ]; then
  (cd Web/ClientApp && npm test) 2>&1 | tee -a "$log"
  front_status=${PIPESTATUS[0]}
else
  echo "tests/run.sh: Web/ClientApp/node_modules is missing (did the build fail?), so the front-end unit tests did not run"
  front_status=1
fi
[ "$status" != 0 ] || status=$front_status
set -e

# One closing line for every test project together, .NET's and vitest's ("Tests  2 failed | 34 passed (36)").
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     { gsub(/\x1b\[[0-9;]*m/, "") }
     /^ *Tests  / {
       for (i = 2; i <= NF; i++) {
         if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1); if ($i ~ /^skipped/) s += $(i-1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
