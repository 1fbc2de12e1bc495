package org.dealerplatform.survey.collection;

/**
 * Who is answering, as far as the platform may know: the survey device cookie, the network
 * address, and the idempotency key of this submission. Only salted hashes of the first two are kept.
 */
public record Visitor(String deviceId, String address, String idempotencyKey) {
}
