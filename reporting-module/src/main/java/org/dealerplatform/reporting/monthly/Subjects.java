package org.dealerplatform.reporting.monthly;

/** The email subject: shop, month, score and change, on one line whatever the shop's name contains. */
final class Subjects {

    private Subjects() {
    }

    static String of(ShopMonthReport r, ReportTexts t) {
        var h = r.headline();
        String month = t.month(r.month());
        String subject;
        if (!r.hasSamples()) {
            subject = t.get("subject.noSamples", r.shop().name(), month);
        } else if (h.changeFromPreviousMonth().isPresent()) {
            subject = t.get("subject.change", r.shop().name(), month, ReportTexts.score(h.shop().mean()),
                    ReportTexts.signed(h.changeFromPreviousMonth()));
        } else {
            subject = t.get("subject", r.shop().name(), month, ReportTexts.score(h.shop().mean()));
        }
        return singleLine(subject);
    }

    /** CR/LF in a header would start a new header (header injection); all control characters go. */
    static String singleLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
