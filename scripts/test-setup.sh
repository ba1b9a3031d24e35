#!/usr/bin/env bash
# Installs, when missing, what the tests need beyond npm: xmllint (GEXF schema test), Java 17 and Maven (Neo4j
# server, Gephi Toolkit), Chromium (browser tests) from Debian's packages, and NetworkX from PyPI. Quiet and
# quick when everything is there. Run by `npm test`.
set -euo pipefail

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
if ((${#need[@]})); then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "kg tests need: ${need[*]} (Debian package names). Install them, then run the tests again." >&2
    exit 1
  fi
  echo "kg tests: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! python3 -c 'import networkx' 2>/dev/null; then
  echo "kg tests: installing networkx"
  python3 -m pip install --quiet --root-user-action=ignore networkx 2>/dev/null || python3 -m pip install --quiet --user networkx
fi
