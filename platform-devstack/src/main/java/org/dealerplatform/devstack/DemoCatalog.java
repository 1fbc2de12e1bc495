package org.dealerplatform.devstack;

import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.devstack.SampleLoader.Screening;

/**
 * The demo dealer groups, shops and service advisors, and how each shop did in the two demo
 * competition seasons. The logins match deployment's demo-users.json; the third group's admin is the
 * one its onboarding creates. Scores are what a shop's samples average (the national field comes
 * out near the reference programme's 88 points), volumes are valid samples a month before
 * seasonal and chance variation (skewed: a few busy shops, most in the tens, some too small to
 * rank).
 */
final class DemoCatalog {

    /** {@code adminLogin} null: the group admin is the one onboarding creates ({@code <code>-admin}). */
    record Group(String code, String name, String contactEmail, String adminLogin, List<Shop> shops) {
        String admin() {
            return adminLogin != null ? adminLogin : code + "-admin";
        }
    }

    /**
     * A shop, its advisors (how many), its average score in the past and the current season, its
     * samples a month, how screening and review treated its samples, and its entries in the two
     * seasons.
     */
    record Shop(String code, String name, String brand, String province, String city, String address, int advisors,
                double pastScore, double currentScore, double samplesPerMonth, Review review, Fate past,
                Fate current) {
    }

    record Advisor(String name, String employeeNo) {
    }

    /** How the association's screening and review saw a shop's samples, in the past and the current year. */
    enum Review {
        /** A few percent flagged, all reviewed. */
        USUAL(Screening.reviewed(0.04), Screening.reviewed(0.04)),
        /** Hardly anything flagged. */
        CAREFUL(Screening.reviewed(0.02), Screening.reviewed(0.02)),
        /** This year staff fill in forms on the shop's network: over the flagged-share limit, held. */
        SELF_FILLED(Screening.reviewed(0.04), new Screening(0.30, 0, 0, 0.05, true)),
        /** The same, in both years. */
        SELF_FILLED_BOTH(new Screening(0.27, 0, 0, 0.05, true), new Screening(0.30, 0, 0, 0.05, true)),
        /** Suspect samples of the last weeks still wait for the association: held until decided. */
        WAITING(Screening.reviewed(0.04), new Screening(0.15, 1, 0, 0.3, false));

        final Screening past;
        final Screening current;

        Review(Screening past, Screening current) {
            this.past = past;
            this.current = current;
        }
    }

    /** What became of a shop's entry in a season; NONE: the shop did not enter. */
    enum Fate {
        APPROVED, PENDING, REJECTED, WITHDRAWN, NONE
    }

    static final String ASSOCIATION_LOGIN = "assoc";
    static final List<String> JUDGES = List.of("judge1", "judge2", "judge3");

    static final List<Group> GROUPS = List.of(
            new Group("demo-group-a", "华东汽车服务集团", "admin@group-a.example.com", "group-a", List.of(
                    shop("A1", "上海浦东大众4S店", "VOLKSWAGEN", "31", "上海市", "上海市浦东新区张杨路1888号", 3,
                            89.0, 89.3, 24, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A2", "苏州园区丰田4S店", "TOYOTA", "32", "苏州市", "江苏省苏州市工业园区星湖街328号", 3,
                            90.2, 90.4, 30, Review.CAREFUL, Fate.APPROVED, Fate.APPROVED),
                    shop("A3", "杭州西湖宝马4S店", "BMW", "33", "杭州市", "浙江省杭州市西湖区文三路569号", 3,
                            87.6, 87.8, 18, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A4", "南京江宁别克4S店", "BUICK", "32", "南京市", "江苏省南京市江宁区双龙大道1222号", 4,
                            85.9, 86.2, 34, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A5", "宁波鄞州奥迪4S店", "AUDI", "33", "宁波市", "浙江省宁波市鄞州区天童南路588号", 3,
                            89.3, 88.0, 16, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A6", "上海闵行奔驰4S店", "MERCEDES_BENZ", "31", "上海市", "上海市闵行区沪闵路7388号", 4,
                            91.3, 91.5, 42, Review.CAREFUL, Fate.APPROVED, Fate.APPROVED),
                    shop("A7", "合肥包河吉利4S店", "GEELY", "34", "合肥市", "安徽省合肥市包河区徽州大道1088号", 2,
                            84.5, 85.3, 12, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A8", "无锡新吴日产4S店", "NISSAN", "32", "无锡市", "江苏省无锡市新吴区长江路36号", 3,
                            86.8, 85.7, 3.5, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("A9", "温州鹿城本田4S店", "HONDA", "33", "温州市", "浙江省温州市鹿城区车站大道577号", 3,
                            88.1, 88.7, 20, Review.WAITING, Fate.APPROVED, Fate.APPROVED),
                    shop("A10", "上海嘉定荣威4S店", "ROEWE", "31", "上海市", "上海市嘉定区曹安公路4500号", 2,
                            84.0, 84.1, 9, Review.USUAL, Fate.NONE, Fate.PENDING),
                    shop("A11", "常州武进比亚迪4S店", "BYD", "32", "常州市", "江苏省常州市武进区常武中路18号", 3,
                            87.3, 88.2, 22, Review.USUAL, Fate.NONE, Fate.APPROVED),
                    shop("A12", "嘉兴南湖沃尔沃4S店", "VOLVO", "33", "嘉兴市", "浙江省嘉兴市南湖区中环南路1500号", 2,
                            89.5, 89.6, 11, Review.USUAL, Fate.NONE, Fate.WITHDRAWN))),
            new Group("demo-group-b", "华南汽车集团", "admin@group-b.example.com", "group-b", List.of(
                    shop("B1", "广州天河本田4S店", "HONDA", "44", "广州市", "广东省广州市天河区黄埔大道西668号", 3,
                            88.3, 88.4, 28, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("B2", "深圳南山比亚迪4S店", "BYD", "44", "深圳市", "广东省深圳市南山区深南大道9988号", 3,
                            86.5, 87.5, 36, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("B3", "东莞南城丰田4S店", "TOYOTA", "44", "东莞市", "广东省东莞市南城区莞太路298号", 3,
                            89.7, 89.8, 26, Review.CAREFUL, Fate.APPROVED, Fate.APPROVED),
                    shop("B4", "佛山顺德广汽传祺4S店", "GAC_TRUMPCHI", "44", "佛山市", "广东省佛山市顺德区大良新城区105国道旁",
                            3, 85.6, 85.9, 19, Review.SELF_FILLED, Fate.APPROVED, Fate.APPROVED),
                    shop("B5", "厦门思明雷克萨斯4S店", "LEXUS", "35", "厦门市", "福建省厦门市思明区仙岳路1066号", 2,
                            91.8, 91.0, 14, Review.CAREFUL, Fate.APPROVED, Fate.APPROVED),
                    shop("B6", "福州仓山大众4S店", "VOLKSWAGEN", "35", "福州市", "福建省福州市仓山区金山大道618号", 4,
                            86.3, 86.5, 31, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("B7", "南宁青秀日产4S店", "NISSAN", "45", "南宁市", "广西壮族自治区南宁市青秀区民族大道136号", 3,
                            84.8, 84.8, 4, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("B8", "海口龙华马自达4S店", "MAZDA", "46", "海口市", "海南省海口市龙华区滨海大道100号", 2,
                            87.4, 87.3, 10, Review.USUAL, Fate.WITHDRAWN, Fate.REJECTED),
                    shop("B9", "珠海香洲宝马4S店", "BMW", "44", "珠海市", "广东省珠海市香洲区九洲大道东1189号", 3,
                            88.8, 89.0, 17, Review.WAITING, Fate.APPROVED, Fate.APPROVED),
                    shop("B10", "汕头龙湖现代4S店", "HYUNDAI", "44", "汕头市", "广东省汕头市龙湖区长平路88号", 2,
                            84.3, 84.5, 8, Review.USUAL, Fate.NONE, Fate.PENDING),
                    shop("B11", "泉州丰泽吉利4S店", "GEELY", "35", "泉州市", "福建省泉州市丰泽区刺桐路655号", 3,
                            87.0, 87.1, 15, Review.USUAL, Fate.NONE, Fate.APPROVED))),
            new Group("demo-group-c", "华北汽车服务集团", "admin@group-c.example.com", null, List.of(
                    shop("C1", "北京朝阳奔驰4S店", "MERCEDES_BENZ", "11", "北京市", "北京市朝阳区东四环中路78号", 4,
                            90.6, 90.7, 45, Review.CAREFUL, Fate.APPROVED, Fate.APPROVED),
                    shop("C2", "北京海淀奥迪4S店", "AUDI", "11", "北京市", "北京市海淀区北清路138号", 3,
                            88.5, 88.6, 33, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C3", "天津河西大众4S店", "VOLKSWAGEN", "12", "天津市", "天津市河西区友谊路35号", 3,
                            87.2, 87.2, 27, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C4", "石家庄裕华长安4S店", "CHANGAN", "13", "石家庄市", "河北省石家庄市裕华区槐安东路508号", 3,
                            85.1, 85.5, 21, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C5", "济南历下红旗4S店", "HONGQI", "37", "济南市", "山东省济南市历下区经十路13777号", 3,
                            87.9, 88.5, 13, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C6", "青岛市南丰田4S店", "TOYOTA", "37", "青岛市", "山东省青岛市市南区香港中路100号", 3,
                            89.9, 89.2, 25, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C7", "太原小店哈弗4S店", "HAVAL", "14", "太原市", "山西省太原市小店区长风街118号", 2,
                            83.7, 84.7, 11, Review.SELF_FILLED_BOTH, Fate.APPROVED, Fate.APPROVED),
                    shop("C8", "北京丰台理想汽车服务中心", "LI_AUTO", "11", "北京市", "北京市丰台区南四环西路186号", 3,
                            90.4, 90.3, 23, Review.CAREFUL, Fate.NONE, Fate.APPROVED),
                    shop("C9", "天津滨海福特4S店", "FORD", "12", "天津市", "天津市滨海新区第二大街56号", 3,
                            85.4, 85.1, 3.5, Review.USUAL, Fate.APPROVED, Fate.APPROVED),
                    shop("C10", "烟台芝罘别克4S店", "BUICK", "37", "烟台市", "山东省烟台市芝罘区南大街200号", 3,
                            86.7, 86.8, 16, Review.WAITING, Fate.REJECTED, Fate.APPROVED),
                    shop("C11", "保定竞秀长城4S店", "GREAT_WALL", "13", "保定市", "河北省保定市竞秀区朝阳北大街1888号", 2,
                            84.6, 84.9, 9, Review.USUAL, Fate.APPROVED, Fate.REJECTED),
                    shop("C12", "唐山路北起亚4S店", "KIA", "13", "唐山市", "河北省唐山市路北区建设北路98号", 2,
                            85.3, 85.4, 7, Review.USUAL, Fate.APPROVED, Fate.WITHDRAWN))));

    /** One name per demo advisor (a hundred of them), in shop order. */
    private static final List<String> ADVISOR_NAMES = List.of(
            "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷",
            "徐明", "孙丽", "马超", "朱琳", "胡斌", "郭强", "何欣", "高峰", "林晓", "罗军",
            "郑颖", "梁浩", "谢芳", "宋佳", "唐亮", "韩雪", "冯涛", "邓丽", "曹阳", "彭飞",
            "曾敏", "肖鹏", "田甜", "董亮", "潘婷", "袁刚", "蒋雯", "蔡俊", "余洁", "杜鹏",
            "叶楠", "程浩", "魏婷", "苏明", "吕娟", "丁磊", "任静", "沈涛", "姚瑶", "卢伟",
            "姜楠", "崔健", "钟欣", "谭超", "陆燕", "汪洋", "范磊", "金鑫", "石磊", "廖敏",
            "贾鹏", "夏雨", "韦华", "付强", "方圆", "白雪", "邹凯", "孟婷", "熊伟", "秦岚",
            "邱峰", "江涛", "尹丽", "薛冰", "闫妮", "段勇", "雷鸣", "侯杰", "龙飞", "史静",
            "陶然", "黎明", "贺敏", "顾斌", "毛毅", "郝帅", "龚丽", "邵军", "万里", "钱进",
            "严冬", "覃勇", "武刚", "戴琳", "莫然", "孔亮", "向阳", "汤敏", "常青", "温馨",
            "康宁", "施展", "牛犇", "樊星", "葛优", "邢雯", "安然", "齐鸣", "庞博", "易凡");

    private DemoCatalog() {
    }

    private static Shop shop(String code, String name, String brand, String province, String city, String address,
                             int advisors, double pastScore, double currentScore, double samplesPerMonth,
                             Review review, Fate past, Fate current) {
        return new Shop(code, name, brand, province, city, address, advisors, pastScore, currentScore,
                samplesPerMonth, review, past, current);
    }

    static List<Shop> allShops() {
        List<Shop> all = new ArrayList<>();
        GROUPS.forEach(g -> all.addAll(g.shops()));
        return all;
    }

    /** The advisors of the shop at this position of {@link #allShops()}; employee numbers repeat across shops. */
    static List<Advisor> advisorsOf(int shopIndex) {
        List<Shop> all = allShops();
        int first = 0;
        for (int i = 0; i < shopIndex; i++) {
            first += all.get(i).advisors();
        }
        List<Advisor> advisors = new ArrayList<>();
        for (int n = 1; n <= all.get(shopIndex).advisors(); n++) {
            advisors.add(new Advisor(ADVISOR_NAMES.get((first + n - 1) % ADVISOR_NAMES.size()),
                    String.format("SA%03d", n)));
        }
        return advisors;
    }
}
