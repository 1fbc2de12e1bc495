/** Benchmark programs: they start the real platform, load it, and print figures. */
package org.dealerplatform.bench;
