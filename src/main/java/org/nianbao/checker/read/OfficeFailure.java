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
        if (has(failure, "EncryptedDocumentException") || mentions(failure, "encrypted") || mentions(failure, "password")) {
            return encrypted(format, failure);
        }
        if (has(failure, "OldWordFileFormatException") || has(failure, "OldFileFormatException")) {
            return new UnreadableInputException(format + " 文件是 Word 6.0/95 等过旧的格式，无法读取；请用新版 Word 另存为 DOCX 后提交",
                    format + " file is in an old Word 6.0/95 format that cannot be read; save it as DOCX", failure);
        }
        String detail = failure.getClass().getSimpleName();
        return new UnreadableInputException(format + " 文件已损坏或不完整（" + detail + "）；请重新导出后提交",
                format + " file is damaged or incomplete (" + detail + ": " + failure.getMessage() + "); export it again", failure);
    }

    static UnreadableInputException zipBomb(Throwable failure) {
        return new UnreadableInputException("文件解压后过大，疑似压缩炸弹，未读取",
                "the file expands to far more than its size (suspected zip bomb); not read", failure);
    }

    static UnreadableInputException encrypted(String format, Throwable failure) {
        return new UnreadableInputException(format + " 文件已加密（设有打开密码），无法读取；请取消密码后重新提交",
                format + " file is encrypted (password protected); remove the password and submit it again", failure);
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
