package dev.transcend.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder operations the stages share. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and everything in it, deepest entries first; a missing folder is not an error.
     *
     * @param dir the folder (or a file)
     * @throws IOException if an entry cannot be deleted
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
