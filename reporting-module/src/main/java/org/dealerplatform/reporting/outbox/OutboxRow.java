package org.dealerplatform.reporting.outbox;

/**
 * What a sender needs of a claimed outbox row besides its {@link OutboxEntry}: whose report it is,
 * in which language, the archived rendering and the address links start from.
 */
public record OutboxRow(String id, OutboxEntry entry, String shopId, String tenantId, String locale,
                        String archiveId, String baseUrl, String messageId, String claimedBy) {
}
