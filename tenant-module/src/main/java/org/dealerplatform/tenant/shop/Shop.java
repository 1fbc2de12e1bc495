package org.dealerplatform.tenant.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.tenancy.TenantAwareEntity;
import org.dealerplatform.tenant.reference.Province;

/** A 4S shop of a dealer group. Its code is unique within the group and is what shop managers' tokens name. */
@Entity
@Table(name = "shop")
public class Shop extends TenantAwareEntity {

    /** Upper-case letters, digits, '-' and '_'; up to 32 characters; stored upper-case. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "brand_code", nullable = false, length = 32)
    private String brandCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "city", nullable = false, length = 50)
    private String city;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Shop() {
    }

    /** The brand must already be checked against the maintained list; see {@link Shops}. */
    public Shop(String code, String name, String brandCode, String provinceCode, String city, String address, Instant now) {
        super(now);
        this.code = validCode(code);
        describe(name, brandCode, provinceCode, city, address, now);
        this.active = true;
    }

    public static String validCode(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "is required");
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new RuleViolation("code", "must be 1 to 32 letters, digits, '-' or '_'");
        }
        return normalized;
    }

    public final void describe(String newName, String newBrand, String newProvince, String newCity, String newAddress,
                               Instant now) {
        String checkedName = RuleViolation.requiredText("name", newName, 100);
        String checkedBrand = RuleViolation.requiredText("brand", newBrand, 32);
        String checkedProvince = Province.byCode(newProvince)
                .orElseThrow(() -> new RuleViolation("province", "must be a province code (GB/T 2260), e.g. 31"))
                .code();
        String checkedCity = RuleViolation.requiredText("city", newCity, 50);
        String checkedAddress = RuleViolation.requiredText("address", newAddress, 200);
        name = checkedName;
        brandCode = checkedBrand;
        provinceCode = checkedProvince;
        city = checkedCity;
        address = checkedAddress;
        touched(now);
    }

    public void deactivate(Instant now) {
        active = false;
        touched(now);
    }

    public void activate(Instant now) {
        active = true;
        touched(now);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String brandCode() {
        return brandCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String city() {
        return city;
    }

    public String address() {
        return address;
    }

    public boolean active() {
        return active;
    }

}
