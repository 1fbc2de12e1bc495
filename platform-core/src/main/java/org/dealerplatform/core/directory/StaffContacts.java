package org.dealerplatform.core.directory;

import java.util.List;

/**
 * Published by the module that provisions users (the tenant module, over Keycloak): the e-mail
 * addresses of the people who run a shop, a dealer group or the association, for modules that
 * mail them (monthly reports, alerts). The platform stores no user addresses of its own; ask when
 * the mail is planned, not once for ever, so a manager who joins or leaves is reflected.
 *
 * <p>Only enabled users with an e-mail address are listed. Access rules stay with the caller.
 * When the identity provider cannot be reached the methods throw
 * {@link StaffContactsUnavailable}; callers plan again later rather than treat that as "nobody".
 */
public interface StaffContacts {

    /** The shop managers of one shop: role {@code shop-manager}, claims {@code tenant} and {@code shop} (the shop's code). */
    List<StaffContact> shopManagers(String tenantId, String shopCode);

    /** The group admins of one dealer group: role {@code group-admin}, claim {@code tenant}. */
    List<StaffContact> groupAdmins(String tenantId);

    /** The association's administrators: role {@code association-admin}. */
    List<StaffContact> associationAdmins();
}
