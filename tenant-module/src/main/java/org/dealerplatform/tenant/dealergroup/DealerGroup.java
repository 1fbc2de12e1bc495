package org.dealerplatform.tenant.dealergroup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.StoredEntity;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A dealer group subscribed to the platform. Its {@code code} is the tenant id carried in its
 * users' tokens and in every {@code tenant_id} column, so it never changes once created.
 */
@Entity
@Table(name = "dealer_group")
// EclipseLink's shared cache is one per node: another node would keep answering a group's old
// modules and status (a suspension, the reports module just enabled) from it for as long as it
// likes; DealerGroupDirectory already remembers standings for seconds and is emptied cluster-wide
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DealerGroup extends StoredEntity {

    /** Lower-case letters, digits and inner hyphens, 3 to 40 characters: safe in URLs, claims and usernames. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");
    /** Names of roles and platform accounts: a Keycloak group of that name would be confusing at best. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("association-admin", "group-admin", "shop-manager",
            "admin", "platform", "master", "dealer-platform");

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TenantStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dealer_group_module", joinColumns = @JoinColumn(name = "dealer_group_id"))
    @Column(name = "module_id", length = 40)
    private Set<String> modules = new TreeSet<>();

    protected DealerGroup() {
    }

    public DealerGroup(String code, String name, String contactEmail, Set<String> modules, Instant now) {
        super(now);
        this.code = validCode(code);
        rename(name, now);
        this.contactEmail = validEmail(contactEmail);
        this.status = TenantStatus.ACTIVE;
        this.modules = new TreeSet<>(modules);
        touched(now);
    }

    public static String validCode(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "is required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "must be 3 to 40 lower-case letters, digits or hyphens, "
                    + "starting and ending with a letter or digit");
        }
        if (RESERVED.contains(code)) {
            throw new RuleViolation("code", "is reserved");
        }
        return code;
    }

    static String validEmail(String email) {
        String trimmed = RuleViolation.requiredText("contactEmail", email, 254);
        if (!org.dealerplatform.core.web.Input.isEmail(trimmed)) {
            throw new RuleViolation("contactEmail", "must be an email address");
        }
        return trimmed;
    }

    public void rename(String newName, Instant now) {
        this.name = RuleViolation.requiredText("name", newName, 100);
        touched(now);
    }

    public void suspend(Instant now) {
        status = TenantStatus.SUSPENDED;
        touched(now);
    }

    public void reactivate(Instant now) {
        status = TenantStatus.ACTIVE;
        touched(now);
    }

    public void changeStatus(TenantStatus target, Instant now) {
        if (target == TenantStatus.SUSPENDED) {
            suspend(now);
        } else {
            reactivate(now);
        }
    }

    public void subscribe(Set<String> moduleIds, Instant now) {
        modules.clear();
        modules.addAll(moduleIds);
        touched(now);
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public TenantStatus status() {
        return status;
    }

    public Set<String> modules() {
        return Set.copyOf(modules);
    }

    /** Username of the group's first admin in Keycloak. */
    public static String firstAdminUsername(String code) {
        return code + "-admin";
    }
}
