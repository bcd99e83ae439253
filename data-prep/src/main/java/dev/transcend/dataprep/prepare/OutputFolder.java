package dev.transcend.dataprep.prepare;

import dev.transcend.core.io.FolderSwap;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Builds a dataset in a hidden sibling folder and renames it into place only when complete ({@link FolderSwap}), so
 * an interrupted run never leaves a half dataset under the real name. The folder must be missing, empty or a
 * {@code prepare} dataset ({@link StageFolder}: an unfinished run leaves nothing under the name). A shutdown hook
 * deletes the partial folder when the JVM is stopped (Ctrl-C, SIGTERM); what killed runs leave is cleaned up by the
 * next run into the same place.
 */
final class OutputFolder {

    /** A dataset folder: its manifest says {@code prepare}; an unfinished run leaves nothing under the name. */
    private static final StageFolder FOLDER = new StageFolder(Stage.PREPARE, Set.of(), null);

    private final FolderSwap swap;
    private final Thread cleanup;

    private OutputFolder(FolderSwap swap) {
        this.swap = swap;
        this.cleanup = new Thread(swap::abandon, "prepare-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * @param target the dataset folder to (re)place
     * @return a fresh, empty work folder next to it
     * @throws dev.transcend.core.provenance.RefusedException if {@code target} is not a folder {@code prepare} may
     *                                                         replace
     * @throws IOException if its parent folder cannot be created (e.g. a path component is a file)
     */
    static OutputFolder begin(Path target) throws IOException {
        FOLDER.check(target);
        return new OutputFolder(FolderSwap.begin(target));
    }

    /** @return the folder to write the dataset into */
    Path work() {
        return swap.work();
    }

    /** Moves the finished dataset into place, replacing an older one. */
    void commit() throws IOException {
        swap.commit();
        forgetCleanup();
    }

    /** Deletes the unfinished work folder (best effort: the next run deletes leftovers too). */
    void abandon() {
        swap.abandon();
        forgetCleanup();
    }

    private void forgetCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it finds the work folder gone or deletes it
        }
    }
}
