package org.dealerplatform.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One recorded action. Immutable: every column is insert-only ({@code updatable = false}), there
 * are no setters, and nothing in the platform updates or deletes entries. Texts are clipped to
 * their columns here, so a long summary never makes the audited action fail.
 */
@Entity
@Table(name = "audit_entry")
// read rarely, written often: keeping every entry in the shared cache would only cost memory
@Cache(isolation = CacheIsolationType.ISOLATED)
public class AuditEntry {

    public static final int SUMMARY_LENGTH = 500;
    public static final int REASON_LENGTH = 500;
    static final int ACTION_LENGTH = 64;
    static final int OBJECT_TYPE_LENGTH = 40;
    static final int OBJECT_ID_LENGTH = 64;
    static final int USERNAME_LENGTH = 100;
    static final int ROLE_LENGTH = 40;
    static final int TENANT_LENGTH = 40;

    /** Stable dotted codes, e.g. {@code tenant.renamed}, {@code survey-code.rotated}. */
    static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "role", length = ROLE_LENGTH, updatable = false)
    private String role;

    @Column(name = "tenant_id", length = TENANT_LENGTH, updatable = false)
    private String tenantId;

    @Column(name = "action", nullable = false, length = ACTION_LENGTH, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, length = OBJECT_TYPE_LENGTH, updatable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = OBJECT_ID_LENGTH, updatable = false)
    private String objectId;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH, updatable = false)
    private String summary;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    /** For JPA only. */
    protected AuditEntry() {
    }

    /**
     * {@code action} and {@code objectType} are codes chosen by the code that records: a malformed
     * one is a programming error and refused. Everything else is clipped, never refused.
     */
    public AuditEntry(Actor who, String tenantId, String action, String objectType, String objectId, String summary,
                      String reason, Instant at) {
        if (action == null || action.length() > ACTION_LENGTH || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be a dotted code like tenant.renamed: " + action);
        }
        if (objectType == null || objectType.isBlank() || objectType.length() > OBJECT_TYPE_LENGTH) {
            throw new IllegalArgumentException("audit object type must be a short code: " + objectType);
        }
        this.id = UUID.randomUUID().toString();
        this.at = at;
        this.username = clip(who.username(), USERNAME_LENGTH);
        this.role = clip(who.role(), ROLE_LENGTH);
        this.tenantId = clip(tenantId, TENANT_LENGTH);
        this.action = action;
        this.objectType = objectType;
        String object = clip(objectId, OBJECT_ID_LENGTH);
        this.objectId = object == null ? "-" : object;
        String text = clip(summary, SUMMARY_LENGTH);
        this.summary = text == null ? "" : text;
        this.reason = clip(reason, REASON_LENGTH);
    }

    /**
     * One line of at most {@code max} characters (as the database counts them: code points, so a
     * character outside the BMP is never cut in half); longer text ends in "…". Blank is null.
     */
    public static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = CONTROL.matcher(text).replaceAll(" ").strip();
        if (line.isEmpty()) {
            return null;
        }
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        return line.substring(0, end).stripTrailing() + "…";
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String tenantId() {
        return tenantId;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String summary() {
        return summary;
    }

    public String reason() {
        return reason;
    }
}
