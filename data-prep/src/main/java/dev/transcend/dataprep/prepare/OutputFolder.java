package dev.transcend.dataprep.prepare;

import dev.transcend.core.provenance.Manifest;

import dev.transcend.core.io.Folders;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Builds a dataset in a hidden sibling folder ({@code .NAME.partial-*}) and renames it into place
 * only when complete, so an interrupted run never leaves a half dataset under the real name. An
 * existing dataset under the name is replaced at that moment; a folder that is not a
 * {@code prepare} output is never touched. A shutdown hook deletes the partial folder when the JVM
 * is stopped (Ctrl-C, SIGTERM); partial folders left by killed runs ({@code kill -9}, power loss) and
 * old datasets left by a run stopped mid-replacement ({@code .NAME.old-*}) are deleted by the next run
 * into the same place.
 */
final class OutputFolder {

    private final Path target;
    private final Path work;
    private final Thread cleanup;

    private OutputFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
        this.cleanup = new Thread(this::deleteWorkQuietly, "prepare-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * @param target the dataset folder to (re)place
     * @return a fresh, empty work folder next to it, created like {@code mkdir} (mode 0777 minus the umask)
     * @throws IOException if {@code target} exists and is not an empty folder or a {@code prepare}
     *                     dataset, its manifest is unreadable, or its parent folder cannot be
     *                     created (e.g. a path component is a file); the message says which
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
        createParent(target, parent);
        String name = absolute.getFileName().toString();
        for (String stale : new String[] {".partial-*", ".old-*"}) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, "." + name + stale)) {
                for (Path dir : dirs) {
                    Folders.deleteTree(dir);
                }
            }
        }
        return new OutputFolder(absolute, createWork(parent, name));
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
        forgetCleanup();
        if (old != null) {
            Folders.deleteTree(old);
        }
    }

    /** Deletes the unfinished work folder (best effort: the next run deletes leftovers too). */
    void abandon() {
        deleteWorkQuietly();
        forgetCleanup();
    }

    private void deleteWorkQuietly() {
        // while the JVM stops, the run's threads may still add files: retry a few times
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Folders.deleteTree(work);
                return;
            } catch (IOException e) {
                // try again; the next run deletes what is left
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

    private static void createParent(Path target, Path parent) throws IOException {
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IOException("cannot create output folder " + target + ": " + p + " is a file");
                }
                break;
            }
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + target + ": " + e, e);
        }
    }

    /** Like {@code mkdir}, unlike {@code Files.createTempDirectory} (mode 0700): others may read the dataset. */
    private static Path createWork(Path parent, String name) throws IOException {
        String prefix = "." + name + ".partial-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + System.nanoTime()));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " exists and is a file, not a folder; refusing to replace it."
                    + " Choose another output folder.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        }
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            return "prepare".equals(Manifest.readFrom(dir).stage());
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; refusing to replace " + dir + ". Remove it or choose another"
                    + " output folder.", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
