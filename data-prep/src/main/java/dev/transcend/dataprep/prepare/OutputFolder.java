package dev.transcend.dataprep.prepare;

import dev.transcend.core.provenance.Manifest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds a dataset in a hidden sibling folder ({@code .NAME.partial-*}) and renames it into place
 * only when complete, so an interrupted run never leaves a half dataset under the real name. An
 * existing dataset under the name is replaced at that moment; a folder that is not a
 * {@code prepare} output is never touched. Partial folders left by killed runs are deleted by the
 * next run into the same place.
 */
final class OutputFolder {

    private final Path target;
    private final Path work;

    private OutputFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /**
     * @param target the dataset folder to (re)place
     * @return a fresh, empty work folder next to it
     * @throws IOException if {@code target} exists and is not an empty folder or a {@code prepare} dataset
     */
    static OutputFolder begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException(target + ": cannot write a dataset at the file-system root");
        }
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new IOException(target + " exists and is not a prepared dataset (no manifest.json of stage"
                    + " 'prepare'); refusing to replace it. Choose another output folder or remove it.");
        }
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(parent, "." + name + ".partial-*")) {
            for (Path dir : stale) {
                deleteTree(dir);
            }
        }
        return new OutputFolder(absolute, Files.createTempDirectory(parent, "." + name + ".partial-"));
    }

    /** @return the folder to write the dataset into */
    Path work() {
        return work;
    }

    /** Moves the finished dataset into place, replacing an older one. */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        move(work, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the unfinished work folder (best effort: the next run deletes leftovers too). */
    void abandon() {
        try {
            deleteTree(work);
        } catch (IOException e) {
            // left for the next run's cleanup
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        }
        try {
            return Manifest.readFrom(dir).stage().equals("prepare");
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
