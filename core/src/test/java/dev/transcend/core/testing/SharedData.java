package dev.transcend.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real Lichess games in {@code ../shared/data} (read-only, never copied into the
 * project). Tests that need them fail, not skip, when the folder is absent, so a missing data set
 * cannot hide behind a green build.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * @return the {@code shared/data} folder
     * @throws AssertionError naming where it was looked for, if absent
     */
    public static Path dir() {
        String property = System.getProperty("transcend.shared.data");
        Path dir = property != null ? Path.of(property) : Path.of("..", "..", "shared", "data");
        if (!Files.isDirectory(dir.resolve("raw"))) {
            Path alt = Path.of("..", "shared", "data");
            if (Files.isDirectory(alt.resolve("raw"))) {
                return alt.toAbsolutePath().normalize();
            }
            throw new AssertionError("Real Lichess test data not found at " + dir.toAbsolutePath().normalize()
                    + " (expected ../shared/data next to the project root, with raw/ and edge-cases/)."
                    + " CI and developer machines have it; set -Dtranscend.shared.data=DIR to point elsewhere.");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** @return a file under {@code shared/data}, e.g. {@code raw/kdave-pgn-toys/lichess_2021-10-01_head.pgn.gz} */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("Expected real test data file " + file + " is missing from shared/data");
        }
        return file;
    }
}
