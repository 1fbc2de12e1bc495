package org.dealerplatform.tenant.advisor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.tenancy.TenantAwareEntity;

/** A service advisor working at one shop; rankings and survey answers refer to them by id. */
@Entity
@Table(name = "service_advisor")
public class ServiceAdvisor extends TenantAwareEntity {

    static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 36, updatable = false)
    private String shopId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "employee_no", nullable = false, length = 32)
    private String employeeNo;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceAdvisor() {
    }

    public ServiceAdvisor(String shopId, String name, String employeeNo, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.shopId = shopId;
        rename(name, now);
        renumber(employeeNo, now);
        this.active = true;
        this.createdAt = now;
    }

    public static String validEmployeeNo(String employeeNo) {
        String trimmed = RuleViolation.requiredText("employeeNo", employeeNo, 32);
        if (!EMPLOYEE_NO.matcher(trimmed).matches()) {
            throw new RuleViolation("employeeNo", "must be 1 to 32 letters, digits, '-' or '_'");
        }
        return trimmed;
    }

    public void rename(String newName, Instant now) {
        name = RuleViolation.requiredText("name", newName, 50);
        updatedAt = now;
    }

    public void renumber(String newEmployeeNo, Instant now) {
        employeeNo = validEmployeeNo(newEmployeeNo);
        updatedAt = now;
    }

    public void leave(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void rejoin(Instant now) {
        active = true;
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
