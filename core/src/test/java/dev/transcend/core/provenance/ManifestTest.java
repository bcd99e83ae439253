package dev.transcend.core.provenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @Test
    void roundTripsStageSettingsCountsAndOutputs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("out.txt"), "x");
        Manifest.of(Stage.PREPARE, List.of(), Map.of("cap", 1000), Map.of("kept", 3),
                List.of(FileEntry.of(dir.resolve("out.txt"), "out.txt"))).writeTo(dir);
        Manifest read = Manifest.readFrom(dir);
        assertEquals(Stage.PREPARE, read.stage());
        assertEquals(1000, read.settings().path("cap").asInt());
        assertEquals(3, read.counts().path("kept").asInt());
        assertEquals("out.txt", read.outputs().get(0).path());
    }

    @Test
    void aDamagedOrIncompleteManifestIsNamedInOneLine(@TempDir Path dir) throws IOException {
        assertThrows(NoSuchFileException.class, () -> Manifest.readFrom(dir));
        Path file = dir.resolve(Manifest.FILE_NAME);
        for (String text : List.of("garbage{", "", "{\"stage\": \"prepare\",\n  oops", "{}", "[]", "null")) {
            Files.writeString(file, text);
            IOException e = assertThrows(IOException.class, () -> Manifest.readFrom(dir), text);
            assertTrue(e.getMessage().startsWith(file + " is not a valid manifest ("), text + ": " + e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    record Counts(int kept, Integer skipped) {
    }

    @Test
    void theStageIsWrittenAsItsNameAndSettingsAndCountsReadBackTyped(@TempDir Path dir) throws IOException {
        Manifest.of(Stage.RATE, List.of(), Map.of(), new Counts(3, null), List.of()).writeTo(dir);
        assertTrue(Files.readString(dir.resolve(Manifest.FILE_NAME)).contains("\"stage\" : \"rate\""));
        assertEquals(new Counts(3, null), Manifest.readFrom(dir, Stage.RATE).countsAs(Counts.class));
        IOException other = assertThrows(IOException.class, () -> Manifest.readFrom(dir, Stage.PLAY));
        assertTrue(other.getMessage().contains("is of stage 'rate', not 'play'"), other.getMessage());
        IOException notCounts = assertThrows(IOException.class,
                () -> Manifest.readFrom(dir).countsAs(FileEntry.class));
        assertTrue(notCounts.getMessage().startsWith("the counts of the 'rate' manifest are not FileEntry"),
                notCounts.getMessage());
    }
}
