package dev.transcend.cli.run;

import java.nio.file.Path;
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

    /** @return engine-made training games ({@code games.pgn}) */
    public Path generate() {
        return root.resolve("generate");
    }

    /** @return the capped, tokenized dataset */
    public Path data() {
        return root.resolve("data");
    }

    /** @return training log, manifest and {@code checkpoint/} */
    public Path train() {
        return root.resolve("train");
    }

    /** @return the latest checkpoint */
    public Path checkpoint() {
        return train().resolve("checkpoint");
    }

    /** @return the temperature sweep's {@code games.csv} and {@code games.pgn} */
    public Path play() {
        return root.resolve("play");
    }

    /** @return the rate stage's {@code ratings.csv} and manifest */
    public Path ratings() {
        return root.resolve("ratings");
    }

    /** @return every stage's folder, in the order the stages run */
    public List<Path> stages() {
        return List.of(generate(), data(), train(), play(), ratings(), report());
    }

    /** @return the strength report: {@code ratings.csv}, chart, HTML and Markdown */
    public Path report() {
        return root.resolve("report");
    }
}
