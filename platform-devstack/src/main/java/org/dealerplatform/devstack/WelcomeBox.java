package org.dealerplatform.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the local run prints once everything is up: where to go and who to log in as. */
final class WelcomeBox {

    private static final String RULE = "=".repeat(78);

    private WelcomeBox() {
    }

    static String text(int platformPort, int keycloakPort, MailServer mail, Path logs, DemoData.Showcase demo) {
        String platform = "http://localhost:" + platformPort;
        String keycloak = "http://localhost:" + keycloakPort;
        List<String> lines = new ArrayList<>(List.of(
                RULE,
                "  经销商售后服务质量平台已启动 / Dealer after-sales service quality platform is running",
                RULE,
                "  控制台 Console        " + platform + "/console",
                "  接口 API              " + platform + "/api/v1",
                "  接口文档 OpenAPI      " + platform + "/openapi",
                "  Keycloak 管理 admin   " + keycloak + "/admin   (admin / admin)",
                "  邮件 SMTP (GreenMail) 127.0.0.1:" + mail.smtpPort() + "   收到的邮件 received mail:",
                "    " + mail.inboxUrl("<address>"),
                "    例如 e.g. " + mail.inboxUrl("shop-a1@demo.example.com"),
                "",
                "  演示账号 Demo logins (用户名/密码 user/password):",
                "    assoc   / assoc     协会管理员 association-admin",
                "    group-a / group-a   集团管理员 group-admin, demo-group-a 华东汽车服务集团",
                "    group-b / group-b   集团管理员 group-admin, demo-group-b 华南汽车集团",
                "    demo-group-c-admin / demo-group-c-admin",
                "                        集团管理员 group-admin, demo-group-c 华北汽车服务集团 (由开通流程创建 onboarded)",
                "    shop-a1 / shop-a1   店长 shop-manager, 门店 shop A1 上海浦东大众4S店",
                "    judge1  / judge1    现场评委 judge (judge2, judge3 同 likewise)"));
        if (demo != null && (demo.currentSeason() != null || demo.pastSeason() != null)) {
            lines.add("");
            lines.add("  竞赛 Competition:");
            if (demo.currentSeason() != null) {
                lines.add("    " + demo.currentSeason() + " 赛季采集中 collecting   " + platform + "/console/seasons");
            }
            if (demo.pastSeason() != null) {
                lines.add("    " + demo.pastSeason() + " 公开结果 results        " + platform + "/results/"
                        + demo.pastSeason());
            }
            if (demo.certificateCode() != null) {
                lines.add("    证书验证 verify          " + platform + "/verify/" + demo.certificateCode());
                lines.add("    证书 certificate         " + platform + "/certificates/" + demo.certificateCode());
            }
        }
        lines.addAll(List.of(
                "",
                "  日志 Logs: " + logs,
                "  按 Ctrl-C 停止全部服务 / Press Ctrl-C to stop everything",
                RULE));
        return String.join(System.lineSeparator(), lines);
    }
}
