/**
 * Work done once per cluster: leases kept as database rows ({@link org.dealerplatform.core.scheduling.Leases})
 * and the periodic task that every node schedules but only the lease holder runs
 * ({@link org.dealerplatform.core.scheduling.ClusterTask}).
 */
package org.dealerplatform.core.scheduling;
