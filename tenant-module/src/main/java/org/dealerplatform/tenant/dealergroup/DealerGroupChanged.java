package org.dealerplatform.tenant.dealergroup;

/** A dealer group's name, status or modules changed (fired inside the changing transaction). */
public record DealerGroupChanged(String code) {
}
