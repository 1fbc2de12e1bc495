#!/bin/sh
# HAProxy's external health check for one Galera node (arguments: proxy address and port, then the
# node's address and port). Up only while the node is Synced and ready: a donor, a joiner or a
# node cut off from the majority still accepts connections but must not take the platform's writes.
state=$(mariadb --no-defaults --connect-timeout=1 -h "$3" -P "$4" -u haproxy_check -N -B \
  -e "show status where Variable_name in ('wsrep_local_state', 'wsrep_ready')" 2>/dev/null | sort | tr '\n' ' ')
[ "$state" = "wsrep_local_state	4 wsrep_ready	ON " ]
