#!/usr/bin/env bash
# Quick start: builds what is missing, then starts MariaDB, GreenMail (SMTP on 3025, its HTTP API
# on 8025), Keycloak (demo realm) and Payara Micro with the platform, loads the demo data and prints
# the addresses and demo logins. PLATFORM_NODES=2 ./run.sh starts two platform nodes (8081, 8082)
# joined as one data grid, behind HAProxy on 8080.
# Ctrl-C stops everything. Data is kept in .run/ (delete it to start from scratch).
set -euo pipefail
cd "$(dirname "$0")"

# the monthly reports' PDFs embed a TrueType CJK font from Debian's packages
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "installing fonts-wqy-microhei from Debian's packages"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi

# PLATFORM_NODES=2 ./run.sh: several platform nodes behind HAProxy from Debian's packages
if [ "${PLATFORM_NODES:-1}" -gt 1 ] && ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  echo "installing haproxy from Debian's packages (PLATFORM_NODES=${PLATFORM_NODES})"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
fi

war=deployment/target/dealer-platform.war
stale=$(find pom.xml */pom.xml */src/main -newer "$war" -type f -print -quit 2>/dev/null || true)
if [ ! -f "$war" ] || [ ! -d platform-devstack/target/keycloak ] \
    || [ ! -f platform-devstack/target/greenmail/greenmail-standalone.jar ] || [ -n "$stale" ]; then
  echo "building the platform (first run or changed sources)..."
  mvn -B -q install -DskipTests
fi

exec mvn -B -q -pl platform-devstack exec:exec
