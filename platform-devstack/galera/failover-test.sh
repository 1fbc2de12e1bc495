#!/usr/bin/env bash
# The Galera fail-over test on its own: starts a three-node cluster of its own (own directory and
# ports, so an operator's cluster from galera.sh is left alone), runs GaleraFailoverIT against it
# (kill -9 of the node taking the writes while clients submit through HAProxy), and removes the
# cluster again. About 3 minutes on two cores. Extra arguments go to Maven.
# Like every integration run on a shared machine, run it under the integration lock:
#   flock /tmp/dealer-it.lock platform-devstack/galera/failover-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export GALERA_DIR=${GALERA_TEST_DIR:-/tmp/dealer-galera-test}
export GALERA_PORT=${GALERA_TEST_PORT:-13310}
export GALERA_GCOMM_PORT=${GALERA_TEST_GCOMM_PORT:-24657}
galera=platform-devstack/galera/galera.sh
$galera destroy
trap '$galera destroy' EXIT
$galera start
mvn -B -pl deployment -am verify -Dgalera=true -Dit.test=GaleraFailoverIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true "$@"
