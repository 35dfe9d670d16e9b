package org.nianbao.checker.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files to check, in a stable order: each argument that is a file as given, each folder's files sorted by
 * path. Hidden files and editor lock files are skipped; everything else is checked, so that nothing an officer
 * put into the folder silently vanishes.
 */
final class Inputs {

    private Inputs() {
    }

    static List<Path> collect(List<Path> args) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> s = Files.walk(arg, FileVisitOption.FOLLOW_LINKS)) {
                    s.filter(p -> !Files.isDirectory(p))
                            .filter(p -> !isHidden(arg, p))
                            .sorted()
                            .forEach(files::add);
                }
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
