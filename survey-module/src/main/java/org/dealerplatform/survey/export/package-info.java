/**
 * Samples for other modules' exports (core's SampleRows): one forward-only cursor per shop, rows
 * handed on one at a time, never collected. Kept apart from {@code scores}, which reads rollups only.
 */
package org.dealerplatform.survey.export;
