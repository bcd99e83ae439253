package dev.transcend.cli.run;

import dev.transcend.core.provenance.Stage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
        return Arrays.stream(Stage.values()).map(this::folder).toList();
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
}
