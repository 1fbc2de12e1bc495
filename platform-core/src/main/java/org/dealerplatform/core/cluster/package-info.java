/**
 * Several platform nodes as one: this node's name, the data grid Payara Micro runs (Hazelcast),
 * counters every node adds to, and what the operator sees of it. Without a data grid (one node
 * started with {@code --nocluster}, unit tests) everything falls back to this JVM alone.
 */
package org.dealerplatform.core.cluster;
