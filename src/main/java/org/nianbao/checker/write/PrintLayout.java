package org.nianbao.checker.write;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Page setup for printing a sheet: A4 landscape, all columns on one page width, header rows on every page. */
final class PrintLayout {

    private PrintLayout() {
    }

    /** Landscape, fit to one page wide, narrow margins; {@code headerRows} (0 for none) repeat on every page. */
    static void landscapeFitWidth(Sheet sheet, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages tall as needed
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        if (headerRows > 0) sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
}
