package org.nianbao.checker.model;

/** How a finding compares with the previous run of the same report: 新增, 仍存在, or 已整改 (gone since). */
public enum FindingStatus {
    NEW("新增"),
    STILL_OPEN("仍存在"),
    FIXED("已整改");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    /** The Chinese word the workbooks show. */
    public String label() {
        return label;
    }
}
