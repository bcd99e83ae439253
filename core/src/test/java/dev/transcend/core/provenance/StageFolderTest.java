package dev.transcend.core.provenance;

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

    private static final StageFolder PLAY = new StageFolder(Stage.PLAY, Set.of("games.csv", "games.pgn", "sweep.json"),
            "sweep.json");
    private static final StageFolder RATE = new StageFolder(Stage.RATE, Set.of(), null);

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
        Manifest.of(Stage.PLAY, List.of(), Map.of(), Map.of(), List.of()).writeTo(dir);
        Files.writeString(dir.resolve("notes.txt"), "the user's, next to a finished run");
        PLAY.claim(dir);
    }

    @Test
    void anotherStagesManifestIsRefused() throws IOException {
        Manifest.of(Stage.TRAIN, List.of(), Map.of(), Map.of(), List.of()).writeTo(dir);
        RefusedException e = assertThrows(RefusedException.class, () -> RATE.claim(dir));
        assertEquals(new Refusal.OtherStage(dir, Stage.TRAIN, Stage.RATE), e.refusal());
        assertEquals(dir + " holds the output of stage 'train' (its manifest.json); 'rate' would overwrite it",
                e.getMessage());
    }

    @Test
    void filesOfTheSameNamesWithoutMarkerOrManifestAreRefused() throws IOException {
        Files.writeString(dir.resolve("games.pgn"), "");
        RefusedException noMarker = assertThrows(RefusedException.class, () -> PLAY.claim(dir));
        assertEquals(new Refusal.ForeignFiles(dir, Stage.PLAY, List.of("games.pgn"), "sweep.json"), noMarker.refusal());
        assertEquals(dir + " is not empty and is not a 'play' folder: it holds games.pgn but no manifest.json or "
                + "sweep.json of stage 'play'", noMarker.getMessage());

        Files.writeString(dir.resolve("sweep.json"), "{}");
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt")) {
            Files.writeString(dir.resolve(name), "");
        }
        RefusedException foreign = assertThrows(RefusedException.class, () -> PLAY.claim(dir));
        assertTrue(foreign.getMessage().contains("it holds a.txt, b.txt, c.txt, d.txt, e.txt and 1 more but no"),
                foreign.getMessage());
    }

    @Test
    void aFileInsteadOfAFolderOrABrokenManifestIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertEquals(new Refusal.NotAFolder(file), assertThrows(RefusedException.class, () -> PLAY.claim(file)).refusal());
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        RefusedException e = assertThrows(RefusedException.class, () -> PLAY.claim(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("manifest.json") + " is not a valid manifest"), e.getMessage());
        assertTrue(e.refusal() instanceof Refusal.Unreadable, e.getMessage());
        Files.writeString(dir.resolve("manifest.json"), "{\"stage\": \"nonsense\", \"settings\": {}, \"counts\": {},"
                + " \"outputs\": []}");
        assertTrue(assertThrows(RefusedException.class, () -> PLAY.claim(dir)).getMessage().contains("nonsense"));
        assertDoesNotThrow(() -> new StageFolder(Stage.RATE, Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new StageFolder(Stage.PLAY, Set.of("games.csv"), "sweep.json"));
    }
}
