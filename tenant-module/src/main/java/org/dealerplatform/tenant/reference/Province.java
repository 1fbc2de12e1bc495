package org.dealerplatform.tenant.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** China's provincial-level divisions, by their GB/T 2260 code. */
public enum Province {
    BEIJING("11", "北京市", "Beijing"), TIANJIN("12", "天津市", "Tianjin"), HEBEI("13", "河北省", "Hebei"),
    SHANXI("14", "山西省", "Shanxi"), INNER_MONGOLIA("15", "内蒙古自治区", "Inner Mongolia"),
    LIAONING("21", "辽宁省", "Liaoning"), JILIN("22", "吉林省", "Jilin"), HEILONGJIANG("23", "黑龙江省", "Heilongjiang"),
    SHANGHAI("31", "上海市", "Shanghai"), JIANGSU("32", "江苏省", "Jiangsu"), ZHEJIANG("33", "浙江省", "Zhejiang"),
    ANHUI("34", "安徽省", "Anhui"), FUJIAN("35", "福建省", "Fujian"), JIANGXI("36", "江西省", "Jiangxi"),
    SHANDONG("37", "山东省", "Shandong"), HENAN("41", "河南省", "Henan"), HUBEI("42", "湖北省", "Hubei"),
    HUNAN("43", "湖南省", "Hunan"), GUANGDONG("44", "广东省", "Guangdong"), GUANGXI("45", "广西壮族自治区", "Guangxi"),
    HAINAN("46", "海南省", "Hainan"), CHONGQING("50", "重庆市", "Chongqing"), SICHUAN("51", "四川省", "Sichuan"),
    GUIZHOU("52", "贵州省", "Guizhou"), YUNNAN("53", "云南省", "Yunnan"), TIBET("54", "西藏自治区", "Tibet"),
    SHAANXI("61", "陕西省", "Shaanxi"), GANSU("62", "甘肃省", "Gansu"), QINGHAI("63", "青海省", "Qinghai"),
    NINGXIA("64", "宁夏回族自治区", "Ningxia"), XINJIANG("65", "新疆维吾尔自治区", "Xinjiang"),
    TAIWAN("71", "台湾省", "Taiwan"), HONG_KONG("81", "香港特别行政区", "Hong Kong"), MACAO("82", "澳门特别行政区", "Macao");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Province(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static Optional<Province> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
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

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
