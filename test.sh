#!/usr/bin/env bash
# The platform's test command: unit tests, then integration and browser tests against real
# MariaDB, Keycloak, Payara Micro and headless Chromium, all started by the build itself.
# Installs the Debian packages the tests need when they are missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_packages+=(chromium-driver)
# reports: a TrueType CJK font embedded in PDFs and charts, and pdftotext to read PDFs back in tests
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_packages+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || need_packages+=(poppler-utils)
# the two-node tests (ClusterIT) put HAProxy in front of the platform nodes
[ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null 2>&1 || need_packages+=(haproxy)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "installing ${need_packages[*]} from Debian's packages"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

if [ $# -eq 0 ]; then
  # the whole suite, as .ci/run calls it: also the Galera fail-over test (GaleraFailoverIT), which
  # starts and removes a three-node cluster of its own (Debian's mariadb-server, galera-4, rsync
  # and haproxy; installed when missing)
  exec mvn -B verify -Dgalera=true
fi
mvn -B verify "$@"
