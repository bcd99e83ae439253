package dev.transcend.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Replaces a folder as a whole, for outputs that must never be seen half written (a dataset, a checkpoint): the new
 * content goes into a hidden sibling {@code .NAME.partial-*}, which {@link #commit()} renames into place after moving
 * the old folder aside to {@code .NAME.old}. A crash leaves the old or the new folder under the name, or, between the
 * two renames, only {@code .NAME.old}; {@link #recover} (called by {@link #begin}) puts that back and deletes what
 * killed runs left. A shutdown hook deletes the partial folder when the JVM is stopped (Ctrl-C, SIGTERM). Only the one
 * process that owns the name may use it at a time.
 */
public final class FolderSwap {

    private final Path target;
    private final Path work;
    private final Thread cleanup;

    private FolderSwap(Path target, Path work) {
        this.target = target;
        this.work = work;
        this.cleanup = new Thread(this::deleteWork, "cleanup " + work.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * @param target the folder to create or replace
     * @return a fresh, empty work folder next to it, created like {@code mkdir} (mode 0777 minus the umask, not the
     *         owner-only mode of a temporary directory): others may read a dataset or checkpoint
     * @throws IOException if the parent folder cannot be created (naming the path component that is a file)
     */
    public static FolderSwap begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        for (Path p = parent; p != null && !Files.isDirectory(p); p = p.getParent()) {
            if (Files.exists(p)) {
                throw new IOException("cannot create output folder " + target + ": " + p + " is a file");
            }
        }
        Files.createDirectories(parent);
        recover(absolute);
        return new FolderSwap(absolute, Files.createDirectory(parent.resolve("." + absolute.getFileName()
                + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime())));
    }

    /**
     * Puts back the old folder if a swap stopped between its two renames, then deletes the partial and old folders
     * left by killed runs (also those of earlier versions, {@code .NAME.tmp-*} and {@code .NAME.old-*}).
     *
     * @param target a folder that may be missing
     * @throws IOException if the rename or a deletion fails
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute) && Files.isDirectory(old(absolute))) {
            move(old(absolute), absolute);
        }
        if (Files.isDirectory(absolute.getParent())) {
            String prefix = "." + absolute.getFileName() + ".";
            try (Stream<Path> entries = Files.list(absolute.getParent())) {
                for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    String rest = p.getFileName().toString().substring(prefix.length());
                    if (rest.startsWith("partial-") || rest.startsWith("tmp-") || rest.startsWith("old")) {
                        Folders.deleteTree(p);
                    }
                }
            }
        }
    }

    /** @return the folder to write the new content into */
    public Path work() {
        return work;
    }

    /** Moves the finished work folder into place, replacing the old folder. */
    public void commit() throws IOException {
        Folders.deleteTree(old(target));
        if (Files.exists(target)) {
            move(target, old(target));
        }
        move(work, target);
        forgetCleanup();
        Folders.deleteTree(old(target));
    }

    /** Deletes the work folder if it is still there (best effort: the next {@link #begin} deletes leftovers too). */
    public void abandon() {
        deleteWork();
        forgetCleanup();
    }

    private void deleteWork() {
        for (int attempt = 0; attempt < 3; attempt++) { // while the JVM stops, the run's threads may still add files
            try {
                Folders.deleteTree(work);
                return;
            } catch (IOException e) {
                // try again
            }
        }
    }

    private void forgetCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it finds the work folder gone or deletes it
        }
    }

    private static Path old(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".old");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
