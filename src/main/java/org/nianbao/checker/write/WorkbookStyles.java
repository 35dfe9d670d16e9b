package org.nianbao.checker.write;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STBorderStyle;

/**
 * The cell styles of one workbook, created once: a workbook may hold only about 64,000 styles, so cells share
 * these instead of creating their own.
 */
final class WorkbookStyles {

    /** A font that Chinese Windows and Office have; LibreOffice falls back to a CJK font of its own. */
    static final String FONT = "等线";

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textCentered;
    final CellStyle label;
    final CellStyle group;
    final CellStyle number;
    final CellStyle missing;
    final CellStyle note;
    final CellStyle notice;
    final CellStyle pass;
    final CellStyle statusNew;
    final CellStyle statusOpen;
    final CellStyle statusFixed;
    private final Map<SeverityLook, CellStyle> severityText = new EnumMap<>(SeverityLook.class);
    private final Map<SeverityLook, CellStyle> severityNumber = new EnumMap<>(SeverityLook.class);
    private final Map<SeverityLook, CellStyle> severityBadge = new EnumMap<>(SeverityLook.class);
    /** Index of the one border all bordered styles share (thin, grey, all four sides) in the workbook's styles. */
    private final int thinGrey;

    /** Both workbooks the checker writes are streamed ones (the agency's in memory, the summary on disk). */
    WorkbookStyles(SXSSFWorkbook wb) {
        thinGrey = thinGreyBorder(wb);
        XSSFFont base = (XSSFFont) wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 11);

        XSSFFont bold = font(wb, null, true, false, 11);
        title = style(wb, font(wb, "1F4E78", true, false, 14), null, false, false);
        header = style(wb, bold, "D9E1F2", true, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = style(wb, null, null, true, true);
        textCentered = style(wb, null, null, true, true);
        textCentered.setAlignment(HorizontalAlignment.CENTER);
        label = style(wb, bold, "F2F2F2", true, true);
        group = style(wb, bold, "F2F2F2", true, true);
        group.setVerticalAlignment(VerticalAlignment.CENTER);
        number = style(wb, null, null, false, true);
        number.setAlignment(HorizontalAlignment.RIGHT);
        missing = style(wb, font(wb, "808080", false, true, 10), "EDEDED", true, true);
        missing.setAlignment(HorizontalAlignment.CENTER);
        note = style(wb, font(wb, "595959", false, true, 10), null, true, false);
        notice = style(wb, font(wb, "404040", false, false, 10), "F2F2F2", true, true);
        pass = style(wb, font(wb, "006100", true, false, 11), "C6EFCE", true, true);
        statusNew = style(wb, font(wb, "C65911", true, false, 11), "FCE4D6", true, true);
        statusNew.setAlignment(HorizontalAlignment.CENTER);
        statusOpen = style(wb, font(wb, "595959", false, false, 11), null, true, true);
        statusOpen.setAlignment(HorizontalAlignment.CENTER);
        statusFixed = style(wb, font(wb, "006100", true, false, 11), "C6EFCE", true, true);
        statusFixed.setAlignment(HorizontalAlignment.CENTER);
        for (SeverityLook look : SeverityLook.values()) {
            XSSFFont f = font(wb, look.font(), false, false, 11);
            severityText.put(look, style(wb, f, look.fill(), true, true));
            CellStyle n = style(wb, f, look.fill(), false, true);
            n.setAlignment(HorizontalAlignment.RIGHT);
            severityNumber.put(look, n);
            CellStyle b = style(wb, font(wb, look.font(), true, false, 11), look.fill(), true, true);
            b.setAlignment(HorizontalAlignment.CENTER);
            severityBadge.put(look, b);
        }
    }

    /** The 状态 column: 新增 stands out, 仍存在 is plain, 已整改 is green like a pass. */
    CellStyle status(org.nianbao.checker.model.FindingStatus status) {
        return switch (status) {
            case NEW -> statusNew;
            case STILL_OPEN -> statusOpen;
            case FIXED -> statusFixed;
        };
    }

    /** Wrapped text in the severity's colours, e.g. for a failing text cell. */
    CellStyle severityText(SeverityLook look) {
        return severityText.get(look);
    }

    /** A number in the severity's colours: a failing table cell. */
    CellStyle severityNumber(SeverityLook look) {
        return severityNumber.get(look);
    }

    /** Bold, centred, in the severity's colours: the 严重程度 column and the verdict. */
    CellStyle severityBadge(SeverityLook look) {
        return severityBadge.get(look);
    }

    private static XSSFFont font(Workbook wb, String rgb, boolean bold, boolean italic, int points) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        if (rgb != null) f.setColor(color(rgb));
        return f;
    }

    private XSSFCellStyle style(Workbook wb, XSSFFont font, String fill, boolean wrap, boolean border) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        if (font != null) s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(color(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (border) {
            // the border is registered once; setting it side by side on each style costs 8 look-ups apiece
            s.getCoreXf().setBorderId(thinGrey);
            s.getCoreXf().setApplyBorder(true);
        }
        return s;
    }

    private static int thinGreyBorder(SXSSFWorkbook wb) {
        CTBorder ct = CTBorder.Factory.newInstance();
        for (CTBorderPr side : new CTBorderPr[] {ct.addNewLeft(), ct.addNewRight(), ct.addNewTop(), ct.addNewBottom()}) {
            side.setStyle(STBorderStyle.THIN);
            side.addNewColor().setRgb(HexFormat.of().parseHex("FFA6A6A6"));
        }
        ct.addNewDiagonal();
        return wb.getXSSFWorkbook().getStylesSource().putBorder(new XSSFCellBorder(ct));
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }
}
