package dev.transcend.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.training.TrainingDiagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders of one run: one per stage, each with its outputs and {@code manifest.json}.
 *
 * @param root the run folder, e.g. {@code runs/quickstart}
 */
public record RunLayout(Path root) {

    /** @return the resolved config the run was started with */
    public Path config() {
        return root.resolve("config.yaml");
    }

    /**
     * @return the stage's folder: {@code calibrate} (the round robin's {@code ladder.csv}), {@code generate}
     *         (engine-made games), {@code data} (the capped, tokenized dataset),
     *         {@code train} (log and {@code checkpoint/}), {@code play} (the sweep's {@code games.csv} and
     *         {@code games.pgn}), {@code ratings} ({@code ratings.csv}) or {@code report}
     */
    public Path folder(Stage stage) {
        return root.resolve(switch (stage) {
            case PREPARE -> "data";
            case RATE -> "ratings";
            default -> stage.id();
        });
    }

    /** @return every stage's folder, in the order the stages run */
    public List<Path> stages() {
        return Arrays.stream(Stage.values()).filter(Stage::inPipeline).map(this::folder).toList();
    }

    /** @return the calibration folder ({@code games.pgn}, {@code ladder.csv}) */
    public Path calibrate() {
        return folder(Stage.CALIBRATE);
    }

    public Path generate() {
        return folder(Stage.GENERATE);
    }

    public Path data() {
        return folder(Stage.PREPARE);
    }

    public Path train() {
        return folder(Stage.TRAIN);
    }

    /** @return the latest checkpoint */
    public Path checkpoint() {
        return train().resolve("checkpoint");
    }

    public Path play() {
        return folder(Stage.PLAY);
    }

    public Path ratings() {
        return folder(Stage.RATE);
    }

    public Path report() {
        return folder(Stage.REPORT);
    }

    /** @return the prepare stage's list of the players in its inputs */
    public Path players() {
        return data().resolve(PlayersCsv.FILE_NAME);
    }

    /** @return the train stage's measurements of what the model learned */
    public Path diagnostics() {
        return train().resolve(TrainingDiagnostics.FILE_NAME);
    }

    /**
     * The run's one rating scale: the {@code ladder} file the play stage's manifest names in its settings (as given,
     * else relative to the run folder), else {@code calibrate/ladder.csv} of the run.
     *
     * @return the first of those that exists; empty when the run has no ladder (the report then says ratings are
     *         assumed)
     */
    public Optional<Path> ladder() {
        Optional<Path> named = Optional.empty();
        try {
            if (Files.isRegularFile(play().resolve(Manifest.FILE_NAME))) {
                JsonNode value = Manifest.readFrom(play()).settings().findValue("ladder");
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    named = Optional.of(Path.of(value.asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            named = Optional.empty(); // an unreadable manifest names no ladder; the default location still counts
        }
        return Stream.of(named, named.map(root::resolve), Optional.of(root.resolve("calibrate")
                        .resolve(LadderCsv.FILE_NAME))).flatMap(Optional::stream).filter(Files::isRegularFile)
                .findFirst();
    }
}
