package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nianbao.checker.history.RunStore;

/**
 * The files to check, in a stable order: each argument that is a file as given, each folder's files sorted by
 * path. Skipped, and said so in the log: hidden files and editor lock files; the files operating systems leave in
 * folders (Thumbs.db, desktop.ini …); the output folder and any folder holding the checker's run records, so that
 * an output folder kept inside the input folder is not read back as reports. Everything else is checked, so that
 * nothing an officer put into the folder silently vanishes. Symbolic links are followed; a link that loops back,
 * points nowhere or a folder that cannot be entered is still listed, and its check reports why it was not read.
 */
public final class Inputs {

    /** What the walk found: the files to check, and what it left out with why, for the log. */
    public record Listing(List<Path> files, List<String> skipped) {
    }

    /** Files that Windows and macOS create by themselves (thumbnail caches, folder settings), lower case. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini",
            "icon\r");
    /** Folders of the same kind: the recycle bin, volume information, the resource forks of a zip made on a Mac. */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("$recycle.bin", "system volume information", "__macosx",
            "recycler");

    private Inputs() {
    }

    public static Listing collect(List<Path> args, Path outDir) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(arg, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(arg)) return FileVisitResult.CONTINUE;
                        if (isHidden(arg, dir)) return FileVisitResult.SKIP_SUBTREE;
                        String why = notInput(dir, outDir);
                        if (why != null) {
                            skipped.add(dir + "：" + why);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isHidden(arg, file)) return FileVisitResult.CONTINUE;
                        if (SYSTEM_FILES.contains(lowerName(file))) {
                            skipped.add(file + "：操作系统自动生成的文件，不是年报 / a file the operating system made");
                        } else {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // a looping or dangling link, or a folder without permission: listed, so the run reports it
                        if (!isHidden(arg, file)) found.add(file);
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.stream().sorted().forEach(files::add);
            } else {
                files.add(arg);
            }
        }
        return new Listing(new ArrayList<>(files), skipped);
    }

    /**
     * Why a folder given as input cannot be one: it is the output folder, or it holds the checker's run records
     * (an output folder of another run); null when it can be read as input.
     */
    public static String outputFolderAsInput(Path arg, Path outDir) {
        return Files.isDirectory(arg) ? notInput(arg, outDir) : null;
    }

    /** Why the walk does not enter {@code dir}, or null. */
    private static String notInput(Path dir, Path outDir) {
        if (isSame(dir, outDir)) return "这是本次检查的输出文件夹 / the output folder of this run";
        if (Files.isDirectory(dir.resolve(RunStore.FOLDER))) {
            return "其中有检查记录（" + RunStore.FOLDER + "），是检查结果的输出文件夹 / holds the checker's run records";
        }
        if (SYSTEM_FOLDERS.contains(lowerName(dir))) return "操作系统的文件夹 / an operating-system folder";
        return null;
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String lowerName(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) return true;
        }
        return false;
    }
}
