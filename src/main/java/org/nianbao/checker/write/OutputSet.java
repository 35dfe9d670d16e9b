package org.nianbao.checker.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outputs of one run as one unit: every file is first written into a hidden staging folder inside the output
 * folder, and only once all of them are complete are they moved into place. Why: each file on its own was already
 * atomic, but a run that failed half-way (a full disk, a bug) left the new findings.json beside the old summary and
 * some of the new workbooks. Now the output folder holds the previous set or the complete new one.
 *
 * <p>Moving into place is a series of renames on one file system: an existing file is first moved aside into the
 * staging folder, so a failing rename can be undone. A process killed during those renames is finished by the next
 * run ({@link #recover}): a staging folder marked complete is rolled forward, any other one rolled back.
 */
public final class OutputSet implements AutoCloseable {

    /** Staging folders are named ".staging-<hex>" (hidden: the input walk and file browsers leave them alone). */
    static final String STAGING_PREFIX = ".staging-";
    /** Present once every staged file is complete: from then on the set is moved in, even by a later run. */
    private static final String COMPLETE = ".complete";
    /** Where the files the new set replaces wait until the set is in place. */
    private static final String REPLACED = ".replaced";

    private static final Logger LOG = LoggerFactory.getLogger(OutputSet.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path outDir;
    private final Path staging;
    private boolean finished;

    private OutputSet(Path outDir, Path staging) {
        this.outDir = outDir;
        this.staging = staging;
    }

    /** A new, empty staging folder in {@code outDir}. */
    public static OutputSet begin(Path outDir) throws IOException {
        Path dir = outDir.toAbsolutePath();
        Files.createDirectories(dir);
        Path staging = dir.resolve(STAGING_PREFIX + Long.toHexString(RANDOM.nextLong()));
        Files.createDirectory(staging);
        return new OutputSet(dir, staging);
    }

    /** The folder writers write into: a file at {@code folder()/x} ends up at {@code outDir/x}. */
    public Path folder() {
        return staging;
    }

    /**
     * Moves every staged file into place, replacing what is there; if any move fails, the files already moved are
     * put back and the failure is thrown, so the output folder is as it was. Afterwards the staging folder is gone.
     */
    public void commit() throws IOException {
        if (finished) throw new IllegalStateException("the output set was already committed or discarded");
        List<Path> staged = stagedFiles(staging);
        Files.createFile(staging.resolve(COMPLETE));
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            for (Path file : staged) moveIntoPlace(staging, outDir, file, undo);
        } catch (IOException | RuntimeException e) {
            rollBack(undo);
            throw e;
        }
        finished = true;
        deleteTree(staging);
    }

    /** Discards an uncommitted set: the staging folder and everything written into it go; the outputs stay as they were. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        deleteTree(staging);
    }

    /**
     * Finishes what a killed run left in {@code outDir}: a staging folder marked complete is moved into place (its
     * set was whole), any other one is undone and removed. Returns how many staging folders there were. Call it only
     * while no other run writes to the folder.
     */
    public static int recover(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) return 0;
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(outDir)) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(p)).toList();
        }
        for (Path staging : leftovers) {
            Path dir = outDir.toAbsolutePath();
            if (Files.exists(staging.resolve(COMPLETE))) {
                LOG.info("finishing the output set of an interrupted run ({})", staging.getFileName());
                for (Path file : stagedFiles(staging)) moveIntoPlace(staging, dir, file, new ArrayDeque<>());
            } else {
                LOG.info("removing the unfinished output set of an interrupted run ({})", staging.getFileName());
                restoreReplaced(staging, dir);
            }
            deleteTree(staging);
        }
        return leftovers.size();
    }

    /** Moves one staged file to its place, first moving an existing file there aside; records how to undo both. */
    private static void moveIntoPlace(Path staging, Path outDir, Path file, Deque<Runnable> undo) throws IOException {
        Path rel = staging.relativize(file);
        Path target = outDir.resolve(rel.toString());
        Path aside = staging.resolve(REPLACED).resolve(rel.toString());
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // never moved aside: it is not ours, and what is moved aside is deleted once the set is in place
            throw new FileSystemException(target.toString(), null,
                    "输出文件的位置上有一个同名文件夹，无法替换 / a folder has the output's name");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(aside.getParent());
            rename(target, aside);
            undo.push(() -> renameQuietly(aside, target));
        }
        rename(file, target);
        undo.push(() -> renameQuietly(target, file));
    }

    /** Undoes the moves made so far, newest first; the marker goes first so that a crash meanwhile rolls back too. */
    private void rollBack(Deque<Runnable> undo) {
        try {
            Files.deleteIfExists(staging.resolve(COMPLETE));
        } catch (IOException e) {
            LOG.warn("could not remove {}", staging.resolve(COMPLETE), e);
        }
        while (!undo.isEmpty()) undo.pop().run();
        finished = true;
        deleteTree(staging);
    }

    /** A staging folder without its marker: the files it had moved aside go back where they were. */
    private static void restoreReplaced(Path staging, Path outDir) throws IOException {
        Path replaced = staging.resolve(REPLACED);
        if (!Files.isDirectory(replaced)) return;
        List<Path> files;
        try (Stream<Path> s = Files.walk(replaced)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = outDir.resolve(replaced.relativize(f).toString());
            Files.createDirectories(target.getParent());
            rename(f, target);
        }
    }

    /** Every staged file, the run record last (it says the run happened, so it goes in when all else is there). */
    private static List<Path> stagedFiles(Path staging) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(staging)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(COMPLETE))
                    .filter(p -> !staging.relativize(p).startsWith(REPLACED))
                    .forEach(files::add);
        }
        files.sort(Comparator.comparing((Path p) -> staging.relativize(p).getNameCount() > 1).thenComparing(Comparator.naturalOrder()));
        return files;
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void renameQuietly(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            rename(from, to);
        } catch (IOException e) {
            LOG.error("could not move {} back to {}", from, to, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not remove the staging folder {}", dir, e);
        }
    }
}
