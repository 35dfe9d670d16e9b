package org.nianbao.checker.cli;

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
import java.util.Set;

/**
 * The files to check, in a stable order: each argument that is a file as given, each folder's files sorted by
 * path. Hidden files and editor lock files are skipped; everything else is checked, so that nothing an officer
 * put into the folder silently vanishes. Symbolic links are followed; a link that loops back or points nowhere is
 * still listed, and its check reports why it could not be read.
 */
final class Inputs {

    private Inputs() {
    }

    static List<Path> collect(List<Path> args) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(arg, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(arg) && isHidden(arg, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!isHidden(arg, file)) found.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // a looping or dangling link, or no permission: listed, so the run reports it
                        if (!isHidden(arg, file)) found.add(file);
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.stream().sorted().forEach(files::add);
            } else {
                files.add(arg);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) return true;
        }
        return false;
    }
}
