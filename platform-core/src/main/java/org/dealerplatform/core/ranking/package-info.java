/**
 * The fair ranking method (eb-1) behind every published standing: raw means shrunk toward the field by
 * empirical Bayes, so that a handful of lucky answers cannot beat hundreds of good ones, plus seeded
 * award probabilities. Pure Java and deterministic, so that a statistician can redo and sign each figure.
 */
package org.dealerplatform.core.ranking;
