package org.dealerplatform.deployment.console;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.SessionCount;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A group admin on a phone-sized screen signs in through Keycloak's login page, adds a shop and a
 * service advisor in the console and sees both listed.
 */
@ExtendWith(SharedPlatform.class)
@Order(SharedPlatform.OWN_WAR)
class ConsoleBrowserIT {

    @PlatformWar
    static WebArchive platform() {
        // plus a test-only probe of the live session count (SessionCount), never shipped
        return Deployments.platform().addClasses(SessionCount.classes());
    }

    @PlatformUrl
    URL deployed;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        DemoTenants.ensure(Http.anonymous(Deployments.base(deployed)));
        browser = Browser.start(412, 915);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void groupAdminAddsShopAndAdvisor() {
        String base = Deployments.base(deployed);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(base + "/console/shops", base + "/console/shops", "group-a", wait);
        assertEquals("门店 · 汽车售后服务质量平台", browser.getTitle());
        browser.findElement(By.id("code")).sendKeys("WEB1");
        browser.findElement(By.id("name")).sendKeys("杭州西湖大众4S店");
        new Select(browser.findElement(By.id("brand"))).selectByValue("VOLKSWAGEN");
        new Select(browser.findElement(By.id("province"))).selectByValue("33");
        browser.findElement(By.id("city")).sendKeys("杭州");
        browser.findElement(By.id("address")).sendKeys("西湖区文三路 100 号");
        browser.findElement(By.cssSelector("#new-shop button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("created=1"));
        browser.findElement(By.id("advisor-name")).sendKeys("陈晓明");
        browser.findElement(By.id("employeeNo")).sendKeys("SA-WEB-01");
        browser.findElement(By.cssSelector("#new-advisor button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("hired=1"));
        screenshot("shop-with-advisor");
        String advisors = browser.findElement(By.id("advisor-list")).getText();
        assertTrue(advisors.contains("陈晓明") && advisors.contains("SA-WEB-01"), advisors);

        browser.findElement(By.linkText("门店")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/console/shops"));
        screenshot("shop-list");
        String shops = browser.findElement(By.id("shops")).getText();
        assertTrue(shops.contains("WEB1") && shops.contains("杭州西湖大众4S店") && shops.contains("大众"), shops);
    }

    @Test
    void invalidShopShowsFieldErrorsAndEnglishWorks() {
        String base = Deployments.base(deployed);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(base + "/console/language?lang=en&next=/console/shops", base + "/console/shops", "group-b", wait);
        assertEquals("Shops · After-Sales Service Quality Platform", browser.getTitle());

        browser.findElement(By.id("code")).sendKeys("bad code!");
        browser.findElement(By.cssSelector("#new-shop button[type=submit]")).click();
        String errors = waitFor(browser, By.cssSelector(".errors")).getText();
        assertTrue(errors.contains("Name") && errors.contains("Brand") && errors.contains("Address"),
                "every missing field is named at once: " + errors);

        browser.findElement(By.id("name")).sendKeys("深圳南山比亚迪4S店");
        new Select(browser.findElement(By.id("brand"))).selectByValue("BYD");
        new Select(browser.findElement(By.id("province"))).selectByValue("44");
        browser.findElement(By.id("city")).sendKeys("深圳");
        browser.findElement(By.id("address")).sendKeys("南山区科技园 8 号");
        browser.findElement(By.cssSelector("#new-shop button[type=submit]")).click();
        errors = waitFor(browser, By.cssSelector(".errors")).getText();
        assertTrue(errors.contains("Code") && !errors.contains("Brand"), errors);
        assertEquals("true", browser.findElement(By.id("code")).getAttribute("aria-invalid"));
        assertEquals("bad code!", browser.findElement(By.id("code")).getAttribute("value"), "input is kept");
    }

    @Test
    void associationOnboardsAGroupAndShopManagerSeesOnlyOwnShop() {
        String base = Deployments.base(deployed);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(base + "/console/tenants", base + "/console/tenants", "assoc", wait);
        assertEquals("经销商集团 · 汽车售后服务质量平台", browser.getTitle());
        browser.findElement(By.id("code")).sendKeys("Bad Code");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        String errors = waitFor(browser, By.cssSelector(".errors")).getText();
        assertTrue(errors.contains("小写字母"), "the dealer-group code rule is explained: " + errors);
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys("console-made");
        browser.findElement(By.id("name")).sendKeys("控制台新建集团");
        browser.findElement(By.id("contactEmail")).sendKeys("ops@console-made.example.com");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        String username = waitFor(browser, By.id("admin-username")).getText();
        assertEquals("console-made-admin", username);
        assertTrue(browser.findElement(By.id("admin-password")).getText().length() >= 12);
        assertTrue(browser.getPageSource().contains("控制台新建集团"));
        browser.findElement(By.cssSelector("form[action='/console/logout'] button")).click();

        Http groupA = Http.anonymous(base).as(Keycloak.token("group-a"));
        DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        String other = DemoTenants.ensureShop(groupA, "A9", "南京河西丰田4S店");
        signIn(base + "/console/shops", base + "/console/shops", "shop-a1", wait);
        String shops = browser.findElement(By.id("shops")).getText();
        assertTrue(shops.contains("A1") && !shops.contains("A9"), shops);
        assertTrue(browser.findElements(By.id("new-shop")).isEmpty(), "a shop manager cannot add shops");
        browser.get(base + "/console/shops/" + other);
        assertTrue(browser.findElement(By.cssSelector("main .notice")).getText().contains("找不到"),
                "another shop of the group is not found for a shop manager");
    }

    @Test
    void associationReadsTheAuditTrail() {
        String base = Deployments.base(deployed);
        Http assoc = Http.anonymous(base).as(Keycloak.token("assoc"));
        DemoTenants.ensureTenant(assoc, "audit-console", "审计控制台集团", "ops@audit-console.example.com");
        String id = assoc.get("/api/v1/tenants?size=200").items().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("audit-console")).findFirst().orElseThrow().getString("id");
        assoc.patch("/api/v1/tenants/" + id, jakarta.json.Json.createObjectBuilder().add("name", "审计控制台新名称").build());

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String page = base + "/console/audit?tenant=audit-console";
        signIn(page, page, "assoc", wait);
        assertEquals("审计日志 · 汽车售后服务质量平台", browser.getTitle());
        assertTrue(browser.findElements(By.cssSelector("nav.menu a")).stream().anyMatch(a -> "审计日志".equals(a.getText())),
                "core's menu entry for the association");
        String rows = browser.findElement(By.id("audit")).getText();
        assertTrue(rows.contains("tenant.renamed") && rows.contains("tenant.onboarded") && rows.contains("协会管理员")
                && rows.contains("name: 审计控制台集团 → 审计控制台新名称"), rows);
        screenshot("audit-trail");

        browser.get(base + "/console/audit?from=2026-13-01");
        assertTrue(waitFor(browser, By.id("audit-errors")).getText().contains("起始日期"));

        browser.get(base + "/console/language?lang=en&next=%2Fconsole%2Faudit%3Faction%3Dtenant.renamed%26tenant%3Daudit-console");
        wait.until(ExpectedConditions.titleIs("Audit trail · After-Sales Service Quality Platform"));
        rows = browser.findElement(By.id("audit")).getText();
        assertTrue(rows.contains("tenant.renamed") && !rows.contains("tenant.onboarded") && rows.contains("Association admin"),
                rows);
    }

    /**
     * Starting a sign-in creates no server session: state, nonce and PKCE verifier travel in a signed,
     * short-lived cookie for the callback path only. 10,000 anonymous loads of the login page (four
     * HTTP/1.1 clients) get no session cookie at all, a forged or missing login cookie is refused at
     * the callback, and a real sign-in through the browser still works and only then gets a session.
     */
    @Test
    void tenThousandAnonymousLoginPageLoadsLeaveNoSessionsBehind() throws Exception {
        String base = Deployments.base(deployed);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpRequest load = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/console/login?next=/console/shops")).GET().build();
        Http anonymous = Http.anonymous(base);
        long sessionsBefore = Long.parseLong(anonymous.get(SessionCount.PATH).body().strip());
        java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger loginCookies = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int c = 0; c < 4; c++) {
                runs.add(clients.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        java.net.http.HttpResponse<Void> answer = client.send(load,
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                        java.util.List<String> cookies = answer.headers().allValues("Set-Cookie");
                        if (answer.statusCode() != 303 || !answer.headers().firstValue("Location").orElse("")
                                .startsWith(Keycloak.url() + "/realms/dealer-platform/protocol/openid-connect/auth?")) {
                            wrong.add(answer.statusCode() + " " + answer.headers().map());
                        }
                        if (cookies.stream().anyMatch(v -> v.toUpperCase(java.util.Locale.ROOT).startsWith("JSESSIONID"))) {
                            wrong.add("a session cookie: " + cookies);
                        }
                        if (cookies.size() == 1 && cookies.get(0).startsWith("console_login=")
                                && cookies.get(0).contains("Path=/console/callback") && cookies.get(0).contains("HttpOnly")
                                && cookies.get(0).contains("SameSite=Lax") && cookies.get(0).contains("Max-Age=600")) {
                            loginCookies.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g. " + wrong.peek());
        assertEquals(10_000, loginCookies.get(), "each load carries its sign-in in the cookie");
        assertEquals(sessionsBefore, Long.parseLong(anonymous.get(SessionCount.PATH).body().strip()),
                "the server's live sessions did not grow");

        for (String cookie : new String[] {null, "console_login=forged.AAAA", "console_login=" + "x".repeat(5_000)}) {
            java.net.http.HttpRequest.Builder callback = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/console/callback?code=abc&state=def")).GET();
            if (cookie != null) {
                callback.header("Cookie", cookie);
            }
            java.net.http.HttpResponse<String> refused = client.send(callback.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), "callback with " + cookie);
            assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(v -> v.startsWith("JSESSIONID")),
                    "no session for a refused callback");
        }
        assertEquals(sessionsBefore, Long.parseLong(anonymous.get(SessionCount.PATH).body().strip()),
                "nor for refused callbacks");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(base + "/console/shops", base + "/console/shops", "group-a", wait);
        assertTrue(browser.manage().getCookieNamed("JSESSIONID") != null, "a session once signed in");
        assertEquals(sessionsBefore + 1, Long.parseLong(anonymous.get(SessionCount.PATH).body().strip()));
        // every cookie of the browser, whatever its path (the login cookie's is /console/callback)
        Object all = browser.executeCdpCommand("Network.getAllCookies", java.util.Map.of()).get("cookies");
        assertTrue(all instanceof java.util.List<?> list && !list.isEmpty() && list.stream()
                .noneMatch(c -> "console_login".equals(((java.util.Map<?, ?>) c).get("name"))),
                "the login cookie is used once and cleared: " + all);
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, name);
    }

    private void signIn(String start, String landing, String user, WebDriverWait wait) {
        Browser.signIn(browser, start, landing, user);
    }

    static org.openqa.selenium.WebElement waitFor(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
