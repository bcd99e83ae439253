package dev.transcend.model.train;

import dev.transcend.model.gpt.GptConfig;

/**
 * A training config file: the model shape and the training settings, e.g.
 *
 * <pre>
 * model:
 *   layers: 2
 *   embedding: 128
 * train:
 *   steps: 1000
 *   batchSize: 32
 * </pre>
 *
 * read with {@code ConfigFiles.read(file, TrainConfig.class)}; a missing section or key takes its defaults.
 *
 * @param model the model shape (default {@link GptConfig#defaults()})
 * @param train the training settings (default {@link TrainSettings#defaults()})
 */
public record TrainConfig(GptConfig model, TrainSettings train) {

    public TrainConfig {
        model = model == null ? GptConfig.defaults() : model;
        train = train == null ? TrainSettings.defaults() : train;
    }
}
