#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback with HAProxy in front, for tests, benchmarks and
# operators trying the replicated set-up on one machine (production runs one node per host; see the
# README's Production section). Writes go to one node, the two others are HAProxy backups that
# take over when it stops being Synced.
#
#   galera.sh start        install what is missing (Debian packages), start the cluster and HAProxy
#   galera.sh stop         stop HAProxy and the nodes (data kept; start again resumes it)
#   galera.sh destroy      stop and delete the data
#   galera.sh status       each node's state and the node HAProxy sends the writes to
#   galera.sh writer       the number (1-3) of the node taking the writes
#   galera.sh kill-writer  kill -9 the node taking the writes (fail-over drill)
#   galera.sh restart N    start node N again after a crash; it rejoins (IST or SST)
#   galera.sh env          the DB_URL/DB_USER/DB_PASSWORD settings for the platform
#
# Settings (environment): GALERA_DIR (state, default /tmp/dealer-galera), GALERA_PORT (HAProxy's
# port for the platform, default 13300; node N listens on GALERA_PORT+N, its replication on
# GALERA_GCOMM_PORT+10*N), GALERA_GCOMM_PORT (default 24557), GALERA_DB_PASSWORD (default
# "platform"), GALERA_BUFFER_POOL (default 64M: three servers share this machine).
# Needs root (or sudo) for apt-get and runs the servers as the current user.
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/dealer-galera}
PORT=${GALERA_PORT:-13300}
GCOMM=${GALERA_GCOMM_PORT:-24557}
PASSWORD=${GALERA_DB_PASSWORD:-platform}
POOL=${GALERA_BUFFER_POOL:-64M}
NODES=(1 2 3)
HERE=$(cd "$(dirname "$0")" && pwd)
# As root the servers run as Debian's mysql user: the rsync state transfer's daemon would
# otherwise drop to "nobody" and could not write the joiner's data directory.
RUN_AS=$(id -un); [ "$(id -u)" -ne 0 ] || RUN_AS=mysql

sql_port() { echo $((PORT + $1)); }
gcomm_port() { echo $((GCOMM + 10 * $1)); }
sock() { echo "$DIR/node$1/mysqld.sock"; }
client() { local n=$1; shift; mariadb --no-defaults --socket="$(sock "$n")" -uroot -N -B "$@"; }
# the launcher's pid, known at once (mariadbd writes its own pid file only after a state transfer)
running() { [ -f "$DIR/node$1/launch.pid" ] && kill -0 "$(cat "$DIR/node$1/launch.pid")" 2>/dev/null; }
state() { client "$1" -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true; }

install_packages() {
  local missing=()
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server mariadb-client)
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} from Debian's packages"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # RUNLEVEL=1 and policy-rc.d (where present) keep the packaged services from starting
    DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

write_config() {
  local n=$1 members="" m
  for m in "${NODES[@]}"; do members+="${members:+,}127.0.0.1:$(gcomm_port "$m")"; done
  mkdir -p "$DIR/node$n/data" "$DIR/node$n/tmp"
  chown -R "$RUN_AS" "$DIR/node$n"
  cat > "$DIR/node$n/my.cnf" <<CNF
[mariadbd]
datadir=$DIR/node$n/data
tmpdir=$DIR/node$n/tmp
socket=$(sock "$n")
pid-file=$DIR/node$n/mysqld.pid
log-error=$DIR/node$n/error.log
port=$(sql_port "$n")
bind-address=127.0.0.1
user=$RUN_AS
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
performance_schema=OFF
# small: three servers, the platform and its tests share two cores and a few GB
innodb_buffer_pool_size=$POOL
innodb_log_file_size=64M
max_connections=200
# what Galera requires
default_storage_engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=dealer-platform
wsrep_cluster_address=gcomm://$members
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(( $(gcomm_port "$n") + 1 ));gcache.size=128M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(( $(gcomm_port "$n") + 2 ))
wsrep_slave_threads=2
CNF
}

await_synced() {
  local n=$1 i
  for i in $(seq 1 180); do
    if [ "$(state "$n")" = "Synced" ]; then return 0; fi
    if ! running "$n"; then
      echo "node $n stopped while starting; see $DIR/node$n/error.log" >&2; tail -20 "$DIR/node$n/error.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "node $n did not reach Synced in 180 s; see $DIR/node$n/error.log" >&2; exit 1
}

start_node() {
  local n=$1; shift
  running "$n" && return 0
  write_config "$n"
  mariadbd --defaults-file="$DIR/node$n/my.cnf" "$@" >>"$DIR/node$n/console.log" 2>&1 &
  echo $! > "$DIR/node$n/launch.pid"
  await_synced "$n"
  echo "node $n Synced on port $(sql_port "$n")"
}

# Whether the cluster may be bootstrapped from node 1: a fresh directory, or every node stopped and
# node 1 the last to leave (safe_to_bootstrap); otherwise the operator must choose (see Galera docs).
bootstrap_node1() {
  local fresh=0
  if [ ! -d "$DIR/node1/data/mysql" ]; then
    fresh=1
    write_config 1
    mariadb-install-db --no-defaults --datadir="$DIR/node1/data" --user="$RUN_AS" \
      --auth-root-authentication-method=socket --skip-test-db >"$DIR/node1/install.log" 2>&1
  elif [ -f "$DIR/node1/data/grastate.dat" ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/node1/data/grastate.dat"
  fi
  start_node 1 --wsrep-new-cluster
  if [ "$fresh" = 1 ]; then
    client 1 <<SQL
CREATE DATABASE IF NOT EXISTS platform CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'platform'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
CREATE USER IF NOT EXISTS 'platform'@'localhost' IDENTIFIED BY '$PASSWORD';
GRANT ALL PRIVILEGES ON platform.* TO 'platform'@'127.0.0.1', 'platform'@'localhost';
-- HAProxy's health check: may only log in and read the node's status
CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';
SQL
  fi
}

write_haproxy() {
  cat > "$DIR/haproxy-db.cfg" <<CFG
# The database entrance (kept apart from the platform nodes' HAProxy): writes to one Galera node,
# the others as backups. A node counts as up only while it is Synced (galera-check.sh).
global
    daemon
    pidfile $DIR/haproxy.pid
    maxconn 2000
    external-check
    insecure-fork-wanted

defaults
    mode tcp
    timeout connect 1s
    # JDBC pools keep connections idle for long
    timeout client 30m
    timeout server 30m

listen platform-db
    bind 127.0.0.1:$PORT
    option external-check
    external-check path "/usr/bin:/bin"
    external-check command $HERE/galera-check.sh
    # one writer at a time: every connection sticks to the node chosen first, also after the node
    # that failed comes back (no fail-back, which would split the writes over two nodes for a while)
    stick-table type integer size 1
    stick on int(1)
    default-server inter 1s fastinter 500ms downinter 2s fall 2 rise 3 on-marked-down shutdown-sessions
    server node1 127.0.0.1:$(sql_port 1) check
    server node2 127.0.0.1:$(sql_port 2) check backup
    server node3 127.0.0.1:$(sql_port 3) check backup
CFG
}

start_haproxy() {
  if [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null; then return 0; fi
  write_haproxy
  haproxy -f "$DIR/haproxy-db.cfg"
  local i
  for i in $(seq 1 20); do
    if mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uplatform -p"$PASSWORD" -N -e "select 1" platform >/dev/null 2>&1; then
      echo "HAProxy for the database on 127.0.0.1:$PORT"; return 0
    fi
    sleep 0.5
  done
  echo "HAProxy on port $PORT does not reach a Synced node" >&2; exit 1
}

writer() {
  # the node behind HAProxy's port answers with its own port
  local p
  p=$(mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uplatform -p"$PASSWORD" -N -B -e "select @@port" 2>/dev/null) || return 1
  echo $((p - PORT))
}

stop_all() {
  if [ -f "$DIR/haproxy.pid" ]; then kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true; rm -f "$DIR/haproxy.pid"; fi
  local n
  for n in 3 2 1; do
    if running "$n"; then
      local pid; pid=$(cat "$DIR/node$n/launch.pid")
      kill "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
  done
}

case "${1:-}" in
  start)
    install_packages
    mkdir -p "$DIR"
    if ! running 1 && ! running 2 && ! running 3; then bootstrap_node1; fi
    for n in "${NODES[@]}"; do start_node "$n"; done
    start_haproxy
    echo "writes go to node $(writer)"
    ;;
  stop) stop_all ;;
  destroy) stop_all; rm -rf "$DIR" ;;
  status)
    for n in "${NODES[@]}"; do
      if running "$n"; then echo "node $n: $(state "$n") (port $(sql_port "$n"))"; else echo "node $n: stopped"; fi
    done
    echo "writer: node $(writer || echo none)"
    ;;
  writer) writer ;;
  kill-writer)
    w=$(writer); kill -9 "$(cat "$DIR/node$w/launch.pid")"; echo "killed node $w" ;;
  restart) start_node "${2:?node number}" ;;
  env)
    echo "DB_URL=jdbc:mysql://127.0.0.1:$PORT/platform?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&serverTimezone=UTC"
    echo "DB_USER=platform"
    echo "DB_PASSWORD=$PASSWORD"
    ;;
  *) sed -n '2,21p' "$0"; exit 2 ;;
esac
