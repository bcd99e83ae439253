package dev.transcend.core.io;

import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formerly data-prep's OutputFolderTest: the dataset folder swap, and the claim rule prepare checks first. */
class FolderSwapTest {

    private static final StageFolder DATASET = new StageFolder(Stage.PREPARE, Set.of(), null);

    /** What prepare does: claim the folder, then swap it. */
    private static FolderSwap begin(Path target) throws IOException {
        DATASET.check(target);
        return FolderSwap.begin(target);
    }


    private static long entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void anAbandonedRunLeavesNothingUnderTheTargetName(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("dataset");
        FolderSwap folder = begin(target);
        Files.writeString(folder.work().resolve("train-00000.shard"), "half");
        assertFalse(Files.exists(target), "nothing appears under the name while the run works");
        folder.abandon();
        assertFalse(Files.exists(target));
        assertEquals(0, entries(dir));
    }

    @Test
    void commitMovesTheWholeFolderIntoPlace(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("nested/dataset");
        FolderSwap folder = begin(target);
        Files.writeString(folder.work().resolve("stats.csv"), "x");
        folder.commit();
        assertTrue(Files.exists(target.resolve("stats.csv")));
        assertEquals(1, entries(target.getParent()));
    }

    @Test
    void anEmptyExistingFolderMayBeReplaced(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("empty"));
        FolderSwap folder = begin(target);
        Files.writeString(folder.work().resolve("stats.csv"), "x");
        folder.commit();
        assertTrue(Files.exists(target.resolve("stats.csv")));
    }

    @Test
    void theDatasetFolderHasTheModeOfAPlainMkdir(@TempDir Path dir) throws IOException {
        FolderSwap folder = begin(dir.resolve("dataset"));
        folder.commit();
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("dataset")),
                "not the owner-only mode of a temporary directory");
    }

    @Test
    void aPathUnderAFileSaysWhichComponentIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        IOException e = assertThrows(IOException.class, () -> begin(file.resolve("sub/dataset")));
        assertEquals("cannot create output folder " + file.resolve("sub/dataset") + ": " + file + " is a file",
                e.getMessage());
        RefusedException self = assertThrows(RefusedException.class, () -> begin(file));
        assertEquals(new Refusal.NotAFolder(file), self.refusal());
        assertTrue(self.getMessage().startsWith(file + " exists and is not a folder"), self.getMessage());
    }

    @Test
    void aCorruptManifestIsNamedInOneLineAndTheFolderIsKept(@TempDir Path dir) throws IOException {
        Path dataset = Files.createDirectories(dir.resolve("dataset"));
        Path manifest = Files.writeString(dataset.resolve("manifest.json"), "{\"stage\": \"prepare\",\n  oops");
        RefusedException e = assertThrows(RefusedException.class, () -> begin(dataset));
        assertTrue(e.getMessage().startsWith(manifest + " is not a valid manifest ("), e.getMessage());
        assertTrue(e.getMessage().contains("at line 2, column"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(Files.exists(manifest));

        Files.writeString(manifest, "{\"createdAt\": \"2024-01-01T00:00:00Z\"}");
        RefusedException noStage = assertThrows(RefusedException.class, () -> begin(dataset));
        assertTrue(noStage.getMessage().startsWith(manifest + " is not a valid manifest"), noStage.getMessage());
        assertTrue(noStage.refusal() instanceof Refusal.Unreadable, noStage.getMessage());

        Files.writeString(manifest, "{\"stage\": \"train\", \"settings\": {}, \"counts\": {}, \"outputs\": []}");
        RefusedException other = assertThrows(RefusedException.class, () -> begin(dataset));
        assertEquals(new Refusal.OtherStage(dataset, Stage.TRAIN, Stage.PREPARE), other.refusal());

        Files.delete(manifest);
        Files.writeString(dataset.resolve("notes.txt"), "the user's");
        RefusedException foreign = assertThrows(RefusedException.class, () -> begin(dataset));
        assertTrue(foreign.getMessage().contains("it holds notes.txt but no manifest.json"), foreign.getMessage());
    }

    /** A run stopped by a signal (Ctrl-C sends SIGINT, {@code kill} SIGTERM) removes its partial folder. */
    @Test
    void aStoppedRunRemovesItsPartialFolder(@TempDir Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoppedRunMain.class.getName(), dir.resolve("dataset").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path work;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, "the child printed its work folder");
            work = Path.of(line);
            assertTrue(Files.exists(work.resolve("train-00000.shard")));
            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");
        } finally {
            child.destroyForcibly();
        }
        assertNotEquals(3, child.exitValue(), "stopped by the signal, not by its own timeout");
        assertFalse(Files.exists(work), "partial folder removed by the shutdown hook");
        assertEquals(0, entries(dir));
    }

    @Test
    void aSwapStoppedBetweenItsRenamesIsRecoveredAndLeftoversDeleted(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("checkpoint");
        FolderSwap first = FolderSwap.begin(target);
        Files.writeString(first.work().resolve("model.sdz"), "1");
        first.commit();
        Files.move(target, dir.resolve(".checkpoint.old")); // a crash between the two renames
        Files.createDirectories(dir.resolve(".checkpoint.partial-1-2")); // a killed swap
        FolderSwap.recover(target);
        assertEquals("1", Files.readString(target.resolve("model.sdz")));
        assertEquals(1, entries(dir), "only the recovered folder is left");

        FolderSwap second = FolderSwap.begin(target);
        Files.writeString(second.work().resolve("model.sdz"), "2");
        second.commit();
        assertEquals("2", Files.readString(target.resolve("model.sdz")));
        assertEquals(1, entries(dir));
    }
}
