package dev.transcend.core.provenance;

import dev.transcend.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageFolderTest {

    private static final StageFolder PLAY = new StageFolder("play", Set.of("games.csv", "games.pgn", "sweep.json"),
            "sweep.json");
    private static final StageFolder RATE = new StageFolder("rate", Set.of(), null);

    @TempDir
    Path dir;

    @Test
    void aMissingOrEmptyFolderIsFreeAndCreated() throws IOException {
        PLAY.claim(dir.resolve("new/play"));
        assertTrue(Files.isDirectory(dir.resolve("new/play")));
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Files.writeString(kept.resolve(".gitkeep"), ""); // hidden entries do not count
        RATE.claim(kept);
    }

    @Test
    void aFinishedOrUnfinishedRunOfTheSameStageIsResumed() throws IOException {
        Files.writeString(dir.resolve("sweep.json"), "{}");
        Files.writeString(dir.resolve("games.csv"), "");
        Files.writeString(dir.resolve(".games.csv.123.tmp"), ""); // what a crash mid-write leaves
        PLAY.claim(dir);
        Manifest.of("play", List.of(), Map.of(), Map.of(), List.of()).writeTo(dir);
        Files.writeString(dir.resolve("notes.txt"), "the user's, next to a finished run");
        PLAY.claim(dir);
    }

    @Test
    void anotherStagesManifestIsRefused() throws IOException {
        Manifest.of("train", List.of(), Map.of(), Map.of(), List.of()).writeTo(dir);
        ConfigException e = assertThrows(ConfigException.class, () -> RATE.claim(dir));
        assertEquals(dir + " holds the output of stage 'train' (its manifest.json); 'rate' would overwrite it. Use "
                + "another --out folder", e.getMessage());
    }

    @Test
    void filesOfTheSameNamesWithoutMarkerOrManifestAreRefused() throws IOException {
        Files.writeString(dir.resolve("games.pgn"), "");
        ConfigException noMarker = assertThrows(ConfigException.class, () -> PLAY.claim(dir));
        assertEquals(dir + " is not empty and is not a 'play' folder: it holds games.pgn but no manifest.json or "
                + "sweep.json of stage 'play'. Use another --out folder (or an empty one)", noMarker.getMessage());

        Files.writeString(dir.resolve("sweep.json"), "{}");
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt")) {
            Files.writeString(dir.resolve(name), "");
        }
        ConfigException foreign = assertThrows(ConfigException.class, () -> PLAY.claim(dir));
        assertTrue(foreign.getMessage().contains("it holds a.txt, b.txt, c.txt, d.txt, e.txt and 1 more but no"),
                foreign.getMessage());
    }

    @Test
    void aFileInsteadOfAFolderOrABrokenManifestIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThrows(ConfigException.class, () -> PLAY.claim(file));
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        ConfigException e = assertThrows(ConfigException.class, () -> PLAY.claim(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("manifest.json") + " is not readable JSON"), e.getMessage());
        assertDoesNotThrow(() -> new StageFolder("rate", Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new StageFolder("play", Set.of("games.csv"), "sweep.json"));
    }
}
