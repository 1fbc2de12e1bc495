package org.dealerplatform.tenant.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dealerplatform.core.domain.RuleViolation;
import java.util.Locale;

/** A car brand from the association's maintained list (not tenant data). */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 50)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Brand() {
    }

    /** A brand the association adds to the list; codes are upper-case, e.g. {@code LYNK_CO}. */
    public Brand(String code, String nameZh, String nameEn) {
        String checked = RuleViolation.requiredText("code", code, 32).toUpperCase(java.util.Locale.ROOT);
        if (!checked.matches("[A-Z0-9][A-Z0-9_]{0,31}")) {
            throw new RuleViolation("code", "must be upper-case letters, digits or '_'");
        }
        this.code = checked;
        this.nameZh = RuleViolation.requiredText("name", nameZh, 50);
        this.nameEn = RuleViolation.requiredText("nameEn", nameEn, 50);
        this.active = true;
    }

    /** Withdrawn brands stay on existing shops but cannot be chosen for new ones. */
    public void withdraw() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean active() {
        return active;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
