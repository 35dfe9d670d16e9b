package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nianbao.checker.model.UnreadableInputException;

/**
 * Why a folder ended up among the files to check: the input walk lists a folder it could not enter, so the
 * officer learns of it. The reason is the real one: no permission, a link back to a parent folder, or another
 * failure to open it (a folder without permission was once blamed on a "symlink loop").
 */
final class FolderInput {

    private FolderInput() {
    }

    /** Why {@code dir} was not read, found by trying to open it again. */
    static UnreadableInputException whyNotRead(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return isLoop(dir) ? loop() : new UnreadableInputException(
                    "这是一个文件夹，不是文件，未检查", "a folder, not a file; not checked");
        } catch (IOException e) {
            return whyNotRead(dir, e);
        }
    }

    /** The reason for a folder that failed to open with {@code failure}. */
    static UnreadableInputException whyNotRead(Path dir, IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return new UnreadableInputException(
                    "无法进入这个文件夹（没有访问权限），其中的文件未检查；请检查文件夹权限，或把其中的年报复制到可以访问的文件夹",
                    "no permission to enter this folder; the files in it were not checked", failure);
        }
        if (failure instanceof FileSystemLoopException) return loop();
        return new UnreadableInputException("无法打开这个文件夹（" + failure.getMessage() + "），其中的文件未检查",
                "cannot open this folder (" + failure + "); the files in it were not checked", failure);
    }

    private static UnreadableInputException loop() {
        return new UnreadableInputException(
                "这是指回上级文件夹的符号链接（形成循环），未检查；其中的文件已在上级文件夹中检查",
                "a symbolic link back to a parent folder (a loop); its files are checked through the parent");
    }

    /** A folder reached through a link whose real location contains the link itself. */
    private static boolean isLoop(Path dir) {
        try {
            Path real = dir.toRealPath();
            Path parent = dir.toAbsolutePath().getParent();
            return parent != null && parent.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }
}
