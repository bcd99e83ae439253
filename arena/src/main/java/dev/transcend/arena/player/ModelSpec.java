package dev.transcend.arena.player;

import dev.transcend.core.policy.Sampling;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained model player: a checkpoint and its sampling rule.
 *
 * @param name unique player name (the CLI uses the checkpoint's policy name)
 * @param rating assumed Elo, or null (the model under test has none)
 * @param calibrated whether the rating was measured (default false)
 * @param ratingNote source of the rating (default empty)
 * @param checkpoint checkpoint folder written by the trainer (required)
 * @param temperature sampling temperature tau (default 1.0); a sweep overrides it
 * @param protocol sampling protocol (default FULL_VOCABULARY, the paper's); a sweep overrides it
 * @param maxTries samples per move before the game is lost (default 5, the paper's); a sweep overrides it
 * @param cap rating cap of the checkpoint's training data, written to {@code games.csv}, or null if unknown
 */
public record ModelSpec(String name, Integer rating, boolean calibrated, String ratingNote, String checkpoint,
                        Double temperature, SamplingProtocol protocol, Integer maxTries, Integer cap)
        implements PlayerSpec {

    /** @throws ConfigException if name or checkpoint is missing, or the sampling values are out of range */
    public ModelSpec {
        PlayerSpec.checkCommon(name, rating);
        if (checkpoint == null || checkpoint.isBlank()) {
            throw new ConfigException("player '" + name + "': missing key 'checkpoint' (a checkpoint folder)");
        }
        ratingNote = ratingNote == null ? "" : ratingNote;
        temperature = temperature == null ? 1.0 : temperature;
        protocol = protocol == null ? SamplingProtocol.FULL_VOCABULARY : protocol;
        maxTries = maxTries == null ? Sampling.PAPER_MAX_TRIES : maxTries;
        new Sampling(temperature, protocol, maxTries); // validates
    }

    /** @return the sampling rule this recipe names */
    public Sampling sampling() {
        return new Sampling(temperature, protocol, maxTries);
    }

    /** @return this recipe with another sampling rule, e.g. one temperature of a sweep */
    public ModelSpec withSampling(Sampling sampling) {
        return new ModelSpec(name, rating, calibrated, ratingNote, checkpoint, sampling.temperature(),
                sampling.protocol(), sampling.maxTries(), cap);
    }

    /**
     * @throws IOException if the checkpoint cannot be loaded
     * @throws ConfigException if the model's context is too short for {@code moveLimit}
     */
    @Override
    public ModelPlayer open(int moveLimit, PolicyLoader models) throws IOException {
        return open(moveLimit, ContextOverflow.REFUSE, models);
    }

    /**
     * As {@link #open(int, PolicyLoader)}, with what a game longer than the model's context does (a sweep's
     * {@code contextOverflow}).
     *
     * @throws IOException if the checkpoint cannot be loaded
     * @throws ConfigException if the model's context is too short for {@code moveLimit} under {@code overflow}
     */
    public ModelPlayer open(int moveLimit, ContextOverflow overflow, PolicyLoader models) throws IOException {
        return ModelPlayer.open(name, rating, models.load(Path.of(checkpoint)), sampling(), moveLimit, overflow);
    }
}
