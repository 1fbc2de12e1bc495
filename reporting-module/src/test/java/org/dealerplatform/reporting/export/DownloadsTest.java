package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void chineseNameIsPercentEncodedUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"samples_2026-01_2026-03.csv\"; filename*=UTF-8''"
                        + "%E6%A0%B7%E6%9C%AC_2026-01_2026-03.csv",
                Downloads.attachment("samples_2026-01_2026-03.csv", "样本_2026-01_2026-03.csv"));
    }

    @Test
    void quotesSpacesAndSeparatorsAreEncoded() {
        assertEquals("a%20b%22%3B%2Fc", Downloads.encode("a b\";/c"));
    }
}
