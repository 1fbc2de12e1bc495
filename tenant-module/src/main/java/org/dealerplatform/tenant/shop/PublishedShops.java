package org.dealerplatform.tenant.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.advisor.ServiceAdvisor;
import org.dealerplatform.tenant.reference.Brand;
import org.dealerplatform.tenant.reference.Brands;

/** The tenant module's shops and advisors, published to other modules through core's {@link ShopCatalog}. */
@ApplicationScoped
public class PublishedShops implements ShopCatalog {

    @Inject
    Shops shops;

    @Inject
    Brands brands;

    @Inject
    TenantTransaction transaction;

    @Override
    @Transactional
    public Optional<ShopProfile> visibleShop(String shopId) {
        try {
            return Optional.of(profile(shops.visible(shopId)));
        } catch (NotFound notVisible) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public List<ShopProfile> visibleShops() {
        List<ShopProfile> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var batch = shops.list(PageRequest.of(page, 200), null, null);
            batch.items().stream().map(this::profile).forEach(all::add);
            if (all.size() >= batch.total() || batch.items().isEmpty()) {
                return all;
            }
        }
    }

    @Override
    @Transactional
    public Optional<ShopProfile> shopOfTenant(String tenantId, String shopId) {
        EntityManager em = transaction.entityManagerFor(tenantId);
        return Optional.ofNullable(shopId == null ? null : em.find(Shop.class, shopId)).map(this::profile);
    }

    @Override
    @Transactional
    public List<AdvisorProfile> advisorsOfTenant(String tenantId, String shopId) {
        return transaction.entityManagerFor(tenantId)
                .createQuery("select a from ServiceAdvisor a where a.shopId = :shop order by a.name", ServiceAdvisor.class)
                .setParameter("shop", shopId).getResultStream()
                .map(a -> new AdvisorProfile(a.id(), a.shopId(), a.name(), a.employeeNo(), a.active())).toList();
    }

    @Override
    @Transactional
    public Optional<AdvisorProfile> advisorOfTenant(String tenantId, String shopId, String advisorId) {
        ServiceAdvisor advisor = advisorId == null ? null
                : transaction.entityManagerFor(tenantId).find(ServiceAdvisor.class, advisorId);
        return advisor == null || !advisor.shopId().equals(shopId) ? Optional.empty()
                : Optional.of(new AdvisorProfile(advisor.id(), advisor.shopId(), advisor.name(), advisor.employeeNo(),
                advisor.active()));
    }

    @Override
    public String brandName(String brandCode, java.util.Locale locale) {
        return brands.byCode(brandCode).map(b -> b.name(locale)).orElse(brandCode);
    }

    @Override
    public String provinceName(String provinceCode, java.util.Locale locale) {
        return org.dealerplatform.tenant.reference.Province.byCode(provinceCode).map(p -> p.name(locale))
                .orElse(provinceCode);
    }

    private ShopProfile profile(Shop shop) {
        Optional<Brand> brand = brands.byCode(shop.brandCode());
        return new ShopProfile(shop.id(), shop.tenantId(), shop.code(), shop.name(), shop.brandCode(),
                brand.map(Brand::nameZh).orElse(shop.brandCode()), brand.map(Brand::nameEn).orElse(shop.brandCode()),
                shop.provinceCode(), shop.city(), shop.active());
    }
}
