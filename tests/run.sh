#!/usr/bin/env bash
# Runs every Frontdesk test, on a developer's machine or a fresh Debian one (CI calls this through .ci/run).
# The tests start their own throwaway PostgreSQL clusters on 127.0.0.1 and free ports, and remove them;
# this script only makes sure the server binaries are installed, and cleans up after a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

have_postgres() { [ -n "${FRONTDESK_TEST_POSTGRES:-}" ] || [ -n "${FRONTDESK_PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

if ! have_postgres; then
  echo "tests/run.sh: installing PostgreSQL from Debian's packages"
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  # Keep the package from starting a server of its own: the tests start the ones they need.
  printf '#!/bin/sh\nexit 101\n' | $sudo_ tee /usr/sbin/policy-rc.d >/dev/null && $sudo_ chmod +x /usr/sbin/policy-rc.d
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  $sudo_ rm -f /usr/sbin/policy-rc.d
  # Debian may still have brought up its default cluster; stop it, it is not ours to leave running.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online" { print $1, $2 }' | while read -r version name; do
      $sudo_ pg_ctlcluster "$version" "$name" stop || true
    done
  fi
fi

cleanup() {
  # A crashed test run can leave a throwaway cluster behind; they all live under the temp folder.
  pkill -f -- "-D ${TMPDIR:-/tmp}/frontdesk-pg-" 2>/dev/null || true
  rm -rf "${TMPDIR:-/tmp}"/frontdesk-pg-* 2>/dev/null || true
}
trap cleanup EXIT

log=$(mktemp)
set +e
dotnet test Orleans.sln --nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for every test project together.
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
