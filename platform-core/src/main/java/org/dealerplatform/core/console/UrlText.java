package org.dealerplatform.core.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Template helper ({@code $esc}) for values placed inside URLs. */
public class UrlText {
    public String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
