package dev.transcend.cli.run;

import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one lookup of a run's ladder: the play manifest's {@code ladder} setting, else {@code calibrate/ladder.csv}. */
class RunLayoutTest {

    @Test
    void findsTheLadderNamedByPlayElseTheCalibrateStagesElseNone(@TempDir Path dir) throws IOException {
        RunLayout layout = new RunLayout(dir.resolve("run"));
        assertEquals(Optional.empty(), layout.ladder(), "no ladder: the report says ratings are assumed");

        Path calibrated = Files.createDirectories(dir.resolve("run/calibrate")).resolve("ladder.csv");
        Files.writeString(calibrated, "player,role,base,errors,rating,low95,high95,games,score,anchored\n");
        assertEquals(Optional.of(calibrated), layout.ladder());

        Path shipped = Files.writeString(dir.resolve("shipped-ladder.csv"), "x");
        Files.createDirectories(layout.play());
        Manifest.of(Stage.PLAY, List.of(), Map.of("ladder", shipped.toString()), Map.of(), List.of())
                .writeTo(layout.play());
        assertEquals(Optional.of(shipped), layout.ladder(), "the file play rated its opponents with comes first");

        Manifest.of(Stage.PLAY, List.of(), Map.of("ladder", dir.resolve("gone.csv").toString()), Map.of(), List.of())
                .writeTo(layout.play());
        assertEquals(Optional.of(calibrated), layout.ladder(), "a named file that is gone falls back");
    }
}
