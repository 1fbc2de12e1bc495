#!/usr/bin/env bash
# Runs a command with a three-node Galera cluster of its own started around it (own directory and
# ports, so an operator's cluster from galera.sh is left alone), and removes the cluster after,
# whatever the command's outcome. The command sees GALERA_DIR, GALERA_PORT and GALERA_GCOMM_PORT,
# which GaleraFailoverIT hands to galera.sh. Used by failover-test.sh (the test alone) and by
# ./test.sh (the whole suite in one Maven run).
set -euo pipefail
cd "$(dirname "$0")/../.."
export GALERA_DIR=${GALERA_TEST_DIR:-/tmp/dealer-galera-test}
export GALERA_PORT=${GALERA_TEST_PORT:-13310}
export GALERA_GCOMM_PORT=${GALERA_TEST_GCOMM_PORT:-24657}
galera=platform-devstack/galera/galera.sh
$galera destroy
trap '$galera destroy' EXIT
$galera start
"$@"
