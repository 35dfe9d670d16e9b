package org.nianbao.checker.read;

import java.util.Locale;

import org.nianbao.checker.model.UnreadableInputException;

/**
 * Turns what POI throws for a damaged or hostile Word file into a reason an officer can act on. The cause chain
 * is searched because POI wraps the interesting exception (a zip-bomb guard, an encryption marker) several times.
 */
final class OfficeFailure {

    private OfficeFailure() {
    }

    static UnreadableInputException of(String format, Throwable failure) {
        if (isZipBomb(failure)) return zipBomb(failure);
        if (isEncrypted(failure)) return encrypted(format, failure);
        if (has(failure, "OldWordFileFormatException") || has(failure, "OldFileFormatException")) {
            return new UnreadableInputException(format + " 文件是 Word 6.0/95 等过旧的格式，无法读取；请用新版 Word 另存为 DOCX 后提交",
                    format + " file is in an old Word 6.0/95 format that cannot be read; save it as DOCX", failure);
        }
        String detail = failure.getClass().getSimpleName();
        return new UnreadableInputException(format + " 文件已损坏或不完整（" + detail + "）；请重新导出后提交",
                format + " file is damaged or incomplete (" + detail + ": " + failure.getMessage() + "); export it again", failure);
    }

    /**
     * An OLE2 file (the container of .doc) without a Word document in it, named for what it is instead: a
     * spreadsheet (Excel .xls, WPS 表格 .et), a presentation, or a WPS 文字 file in WPS's own format. Each can be
     * saved as DOCX or PDF, which is what the officer has to ask for.
     */
    static UnreadableInputException notWord(java.nio.file.Path file, org.apache.poi.poifs.filesystem.DirectoryEntry root) {
        if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book") || root.hasEntryCaseInsensitive("WksSSWorkBook")) {
            return new UnreadableInputException("这是电子表格文件（Excel .xls 或 WPS 表格 .et），不是年报文档；请提交年报的 DOCX、PDF 或 DOC 文件",
                    "a spreadsheet (Excel .xls or WPS .et), not a report document; submit the report as DOCX, PDF or DOC");
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return new UnreadableInputException("这是演示文稿文件（PowerPoint .ppt 或 WPS 演示 .dps），不是年报文档；请提交年报的 DOCX、PDF 或 DOC 文件",
                    "a presentation (.ppt or WPS .dps), not a report document; submit the report as DOCX, PDF or DOC");
        }
        if (isWps(file)) return wps(null);
        return new UnreadableInputException("这是 Office 复合文档，但其中没有 Word 文档内容，无法读取；请在原软件中另存为 DOCX 或 PDF 后提交",
                "an OLE2 compound file without a Word document in it; save it as DOCX or PDF");
    }

    /** A .wps file that is not a Word document inside (WPS 文字's own format, or Microsoft Works). */
    static UnreadableInputException wps(Throwable failure) {
        return new UnreadableInputException("这是 WPS 文字的 .wps 文件，其格式无法直接读取；请在 WPS 中“另存为” DOCX 或 PDF 后提交",
                "a WPS Writer .wps file in a format that cannot be read; in WPS, save it as DOCX or PDF", failure);
    }

    /**
     * For a file whose content is not a format we read: its extension, when it names an office format we can tell
     * the officer about (a spreadsheet, a presentation, WPS's own formats); else null.
     */
    static UnreadableInputException byExtension(java.nio.file.Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "xls", "xlsx", "et", "ett" -> new UnreadableInputException(
                    "这是电子表格文件（." + ext + "），不是年报文档；请提交年报的 DOCX、PDF 或 DOC 文件",
                    "a spreadsheet (." + ext + "), not a report document; submit the report as DOCX, PDF or DOC");
            case "ppt", "pptx", "dps", "dpt" -> new UnreadableInputException(
                    "这是演示文稿文件（." + ext + "），不是年报文档；请提交年报的 DOCX、PDF 或 DOC 文件",
                    "a presentation (." + ext + "), not a report document; submit the report as DOCX, PDF or DOC");
            case "wps", "wpt" -> wps(null);
            case "ofd" -> new UnreadableInputException("这是 OFD 版式文件，暂不能读取；请另存为 PDF 后提交",
                    "an OFD file, which cannot be read yet; save it as PDF");
            default -> null;
        };
    }

    static boolean isWps(java.nio.file.Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".wps") || n.endsWith(".wpt");
    }

    static UnreadableInputException zipBomb(Throwable failure) {
        return new UnreadableInputException("文件解压后过大，疑似压缩炸弹，未读取",
                "the file expands to far more than its size (suspected zip bomb); not read", failure);
    }

    static UnreadableInputException encrypted(String format, Throwable failure) {
        return new UnreadableInputException(format + " 文件已加密（设有打开密码），无法读取；请取消密码后重新提交",
                format + " file is encrypted (password protected); remove the password and submit it again", failure);
    }

    static boolean isEncrypted(Throwable failure) {
        return has(failure, "EncryptedDocumentException") || mentions(failure, "encrypted") || mentions(failure, "password");
    }

    static boolean isZipBomb(Throwable failure) {
        return mentions(failure, "zip bomb") || mentions(failure, "max size of the expanded data")
                || mentions(failure, "exceed the max allowed") || mentions(failure, "max text size")
                || mentions(failure, "MAX_ENTRY_SIZE") || mentions(failure, "max file count");
    }

    private static boolean has(Throwable t, String simpleName) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals(simpleName)) return true;
        }
        return false;
    }

    private static boolean mentions(Throwable t, String words) {
        String needle = words.toLowerCase(Locale.ROOT);
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains(needle)) return true;
        }
        return false;
    }
}
