package org.dealerplatform.devstack;

import java.nio.file.Path;

/** What the local run prints once everything is up: where to go and who to log in as. */
final class WelcomeBox {

    private static final String RULE = "=".repeat(78);

    private WelcomeBox() {
    }

    static String text(int platformPort, int keycloakPort, Path logs) {
        String platform = "http://localhost:" + platformPort;
        String keycloak = "http://localhost:" + keycloakPort;
        return String.join(System.lineSeparator(),
                RULE,
                "  经销商售后服务质量平台已启动 / Dealer after-sales service quality platform is running",
                RULE,
                "  控制台 Console        " + platform + "/console",
                "  接口 API              " + platform + "/api/v1",
                "  接口文档 OpenAPI      " + platform + "/openapi",
                "  Keycloak 管理 admin   " + keycloak + "/admin   (admin / admin)",
                "",
                "  演示账号 Demo logins (用户名/密码 user/password):",
                "    assoc   / assoc     协会管理员 association-admin",
                "    group-a / group-a   集团管理员 group-admin, demo-group-a 华东汽车服务集团",
                "    group-b / group-b   集团管理员 group-admin, demo-group-b 华南汽车集团",
                "    shop-a1 / shop-a1   店长 shop-manager, 门店 shop A1 上海浦东大众4S店",
                "",
                "  日志 Logs: " + logs,
                "  按 Ctrl-C 停止全部服务 / Press Ctrl-C to stop everything",
                RULE);
    }
}
