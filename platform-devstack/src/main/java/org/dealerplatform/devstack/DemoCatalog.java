package org.dealerplatform.devstack;

import java.util.List;

/** The demo dealer groups, shops and service advisors; the logins match deployment's demo-users.json. */
final class DemoCatalog {

    record Group(String code, String name, String contactEmail, String adminLogin, List<Shop> shops) {
    }

    record Shop(String code, String name, String brand, String province, String city, String address) {
    }

    record Advisor(String name, String employeeNo) {
    }

    static final String ASSOCIATION_LOGIN = "assoc";

    static final List<Group> GROUPS = List.of(
            new Group("demo-group-a", "华东汽车服务集团", "admin@group-a.example.com", "group-a", List.of(
                    new Shop("A1", "上海浦东大众4S店", "VOLKSWAGEN", "31", "上海市", "上海市浦东新区张杨路1888号"),
                    new Shop("A2", "苏州园区丰田4S店", "TOYOTA", "32", "苏州市", "江苏省苏州市工业园区星湖街328号"),
                    new Shop("A3", "杭州西湖宝马4S店", "BMW", "33", "杭州市", "浙江省杭州市西湖区文三路569号"))),
            new Group("demo-group-b", "华南汽车集团", "admin@group-b.example.com", "group-b", List.of(
                    new Shop("B1", "广州天河本田4S店", "HONDA", "44", "广州市", "广东省广州市天河区黄埔大道西668号"),
                    new Shop("B2", "深圳南山比亚迪4S店", "BYD", "44", "深圳市", "广东省深圳市南山区深南大道9988号"))));

    private static final List<String> ADVISOR_NAMES = List.of(
            "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷",
            "徐明", "孙丽", "马超", "朱琳", "胡斌");

    private DemoCatalog() {
    }

    /** Three advisors per shop; employee numbers repeat across shops as they would in real dealerships. */
    static List<Advisor> advisorsOf(int shopIndex) {
        return List.of(1, 2, 3).stream()
                .map(n -> new Advisor(ADVISOR_NAMES.get((shopIndex * 3 + n - 1) % ADVISOR_NAMES.size()),
                        String.format("SA%03d", n)))
                .toList();
    }
}
