package org.dealerplatform.tenant.advisor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.tenancy.TenantAwareEntity;

/** A service advisor working at one shop; rankings and survey answers refer to them by id. */
@Entity
@Table(name = "service_advisor")
public class ServiceAdvisor extends TenantAwareEntity {

    static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    @Column(name = "shop_id", nullable = false, length = 36, updatable = false)
    private String shopId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "employee_no", nullable = false, length = 32)
    private String employeeNo;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected ServiceAdvisor() {
    }

    public ServiceAdvisor(String shopId, String name, String employeeNo, Instant now) {
        super(now);
        this.shopId = shopId;
        rename(name, now);
        renumber(employeeNo, now);
        this.active = true;
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
        touched(now);
    }

    public void renumber(String newEmployeeNo, Instant now) {
        employeeNo = validEmployeeNo(newEmployeeNo);
        touched(now);
    }

    public void leave(Instant now) {
        active = false;
        touched(now);
    }

    public void rejoin(Instant now) {
        active = true;
        touched(now);
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

}
