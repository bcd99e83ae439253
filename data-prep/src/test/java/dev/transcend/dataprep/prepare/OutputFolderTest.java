package dev.transcend.dataprep.prepare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void anAbandonedRunLeavesNothingUnderTheTargetName(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("dataset");
        OutputFolder folder = OutputFolder.begin(target);
        Files.writeString(folder.work().resolve("train-00000.shard"), "half");
        assertFalse(Files.exists(target), "nothing appears under the name while the run works");
        folder.abandon();
        assertFalse(Files.exists(target));
        assertEquals(0, entries(dir));
    }

    @Test
    void commitMovesTheWholeFolderIntoPlace(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("nested/dataset");
        OutputFolder folder = OutputFolder.begin(target);
        Files.writeString(folder.work().resolve("stats.csv"), "x");
        folder.commit();
        assertTrue(Files.exists(target.resolve("stats.csv")));
        assertEquals(1, entries(target.getParent()));
    }

    @Test
    void anEmptyExistingFolderMayBeReplaced(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("empty"));
        OutputFolder folder = OutputFolder.begin(target);
        Files.writeString(folder.work().resolve("stats.csv"), "x");
        folder.commit();
        assertTrue(Files.exists(target.resolve("stats.csv")));
    }
}
