package org.nianbao.checker.write;

import org.nianbao.checker.model.Severity;

/**
 * How a severity appears in the workbooks: its Chinese word and the fill and font colours (the light red,
 * amber and blue that Excel itself uses for bad / neutral / note cells, so they read as familiar).
 */
// declared in the order of Severity: sheets index counts by either ordinal
public enum SeverityLook {
    ERROR("错误", "FFC7CE", "9C0006"),
    WARN("警告", "FFEB9C", "9C5700"),
    INFO("提示", "DDEBF7", "1F4E78");

    private final String label;
    private final String fill;
    private final String font;

    SeverityLook(String label, String fill, String font) {
        this.label = label;
        this.fill = fill;
        this.font = font;
    }

    /** The look of a severity. */
    public static SeverityLook of(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARN -> WARN;
            case INFO -> INFO;
        };
    }

    /** 错误, 警告 or 提示. */
    public String label() {
        return label;
    }

    /** Fill colour as RRGGBB. */
    public String fill() {
        return fill;
    }

    /** Font colour as RRGGBB. */
    public String font() {
        return font;
    }
}
