package dev.transcend.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Replaces a folder as a whole, for outputs that must never be seen half written (a dataset, a checkpoint): the new
 * content goes into a hidden sibling {@code .NAME.partial-*}, which {@link #commit()} renames into place after moving
 * the old folder aside to {@code .NAME.old}. A crash leaves the old or the new folder under the name, or, between the
 * two renames, only {@code .NAME.old}; {@link #recover} (called by {@link #begin}) puts that back and deletes the
 * partial folders of killed runs. A shutdown hook deletes the partial folder when the JVM is stopped (Ctrl-C,
 * SIGTERM). Only the one process that owns the name may use it at a time.
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
     * @return a fresh, empty work folder next to it, created like {@code mkdir} (mode 0777 minus the umask)
     * @throws IOException if the parent folder cannot be created (naming the path component that is a file)
     */
    public static FolderSwap begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException(target + ": cannot write a folder at the file-system root");
        }
        for (Path p = parent; p != null && !Files.isDirectory(p); p = p.getParent()) {
            if (Files.exists(p)) {
                throw new IOException("cannot create output folder " + target + ": " + p + " is a file");
            }
        }
        Files.createDirectories(parent);
        recover(absolute);
        String prefix = "." + absolute.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return new FolderSwap(absolute, Files.createDirectory(parent.resolve(prefix + System.nanoTime())));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Puts back the old folder if a swap stopped between its two renames, then deletes partial and old folders left
     * by killed runs (also those of earlier versions: {@code .NAME.tmp-*}, {@code .NAME.old-*}).
     *
     * @param target a folder that may be missing
     * @throws IOException if the rename or a deletion fails
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path old = old(absolute);
        if (!Files.exists(absolute) && Files.isDirectory(old)) {
            move(old, absolute);
        }
        if (!Files.isDirectory(absolute.getParent())) {
            return;
        }
        String name = "." + absolute.getFileName() + ".";
        try (Stream<Path> entries = Files.list(absolute.getParent())) {
            for (Path dir : entries.filter(p -> stale(p.getFileName().toString(), name)).toList()) {
                Folders.deleteTree(dir);
            }
        }
    }

    private static boolean stale(String entry, String prefix) {
        if (!entry.startsWith(prefix)) {
            return false;
        }
        String rest = entry.substring(prefix.length());
        return rest.startsWith("partial-") || rest.startsWith("tmp-") || rest.equals("old") || rest.startsWith("old-");
    }

    /** @return the folder to write the new content into */
    public Path work() {
        return work;
    }

    /** Moves the finished work folder into place, replacing the old folder. */
    public void commit() throws IOException {
        Path old = old(target);
        Folders.deleteTree(old);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(work, target);
        forgetCleanup();
        Folders.deleteTree(old);
    }

    /** Deletes the work folder if it is still there (best effort: the next {@link #begin} deletes leftovers too). */
    public void abandon() {
        deleteWork();
        forgetCleanup();
    }

    private void deleteWork() {
        // while the JVM stops, the run's threads may still add files: retry a few times
        for (int attempt = 0; attempt < 3; attempt++) {
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
