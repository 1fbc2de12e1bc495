#!/usr/bin/env bash
# The Galera fail-over test on its own: GaleraFailoverIT starts a three-node cluster of its own
# (/tmp/dealer-galera-test, ports 13310-13313; an operator's cluster from galera.sh is left alone),
# kills the node taking the writes while clients submit through HAProxy, and removes the cluster.
# About 3 minutes on two cores. Extra arguments go to Maven. ./test.sh runs the same test inside
# the whole suite's Maven run.
# Like every integration run on a shared machine, run it under the integration lock:
#   flock /tmp/dealer-it.lock platform-devstack/galera/failover-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -B -pl deployment -am verify -Dgalera=true -Dit.test=GaleraFailoverIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true "$@"
