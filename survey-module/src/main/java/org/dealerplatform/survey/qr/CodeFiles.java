package org.dealerplatform.survey.qr;

import org.dealerplatform.core.qr.QrCodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.web.ApiException;

/** The downloadable forms of a shop's code, shared by the API and the console: PNG, SVG, A4 poster. */
@ApplicationScoped
public class CodeFiles {

    @Inject
    Pages pages;

    public Response png(SurveyCodes.ShopCode code, String size) {
        int pixels = size(size);
        return Response.ok(QrCodes.png(code.url(), pixels), "image/png")
                .header("Content-Disposition", "inline; filename=\"survey-" + code.shop().code() + ".png\"")
                .header("Cache-Control", "private, no-store").build();
    }

    public Response svg(SurveyCodes.ShopCode code) {
        return Response.ok(QrCodes.svg(code.url(), "100%"), "image/svg+xml")
                .header("Content-Disposition", "inline; filename=\"survey-" + code.shop().code() + ".svg\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /**
     * An A4 print page. The code is printed 12 cm wide: a QR code scans reliably from about ten
     * times its width, so from a customer's 1 m it has room to spare even at an angle.
     */
    public Response poster(SurveyCodes.ShopCode code) {
        Map<String, Object> model = new HashMap<>();
        model.put("shop", code.shop());
        model.put("advisor", code.advisor());
        model.put("url", code.url());
        model.put("rawQr", QrCodes.svg(code.url(), "12cm"));
        String html = pages.standalone("templates/surveys/poster.vm", Languages.CHINESE, model);
        return Response.ok(html, "text/html; charset=UTF-8").header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                        + " frame-ancestors 'none'")
                .build();
    }

    static int size(String size) {
        if (size == null || size.isBlank()) {
            return QrCodes.DEFAULT_SIZE;
        }
        try {
            int pixels = Integer.parseInt(size.strip());
            if (pixels >= QrCodes.MIN_SIZE && pixels <= QrCodes.MAX_SIZE) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("size", "must be a number of pixels from " + QrCodes.MIN_SIZE + " to " + QrCodes.MAX_SIZE);
    }
}
