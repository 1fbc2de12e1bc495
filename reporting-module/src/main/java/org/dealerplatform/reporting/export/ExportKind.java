package org.dealerplatform.reporting.export;

/**
 * What can be exported, and the file names each is downloaded as: the same names whether the file
 * streams in the request ({@code samples.csv}) or was written in the background.
 */
public enum ExportKind {
    SAMPLES("samples", "样本"),
    SCORES("scores", "门店月度得分");

    private final String asciiName;
    private final String chineseName;

    ExportKind(String asciiName, String chineseName) {
        this.asciiName = asciiName;
        this.chineseName = chineseName;
    }

    /** The name in URLs and audit entries: {@code samples}, {@code scores}. */
    public String asciiName() {
        return asciiName;
    }

    /** {@code Content-Disposition} of the file: {@code samples_2026-01_2026-03.csv}, the Chinese name preferred. */
    public String disposition(ExportPeriod period, ExportFormat format) {
        String suffix = "_" + period.label() + "." + format.extension();
        return Downloads.attachment(asciiName + suffix, chineseName + suffix);
    }
}
