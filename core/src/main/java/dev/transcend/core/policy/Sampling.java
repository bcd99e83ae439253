package dev.transcend.core.policy;

import dev.transcend.core.config.ConfigException;

import java.util.Objects;

/**
 * How a model's logits become moves in a game.
 *
 * @param temperature tau &gt;= 0 (0 = argmax); the paper sweeps 0.001 to 1.5 (Zhang et al., 2024, section 4)
 * @param protocol sample over legal moves only, or over the whole vocabulary with retries
 * @param maxTries samples drawn per move under {@link SamplingProtocol#FULL_VOCABULARY} before the
 *                 game is lost (paper: 5); ignored under {@link SamplingProtocol#LEGAL_MOVES}
 */
public record Sampling(double temperature, SamplingProtocol protocol, int maxTries) {

    /** Paper: "we allow the model 5 tries to produce a legal move" (Zhang et al., 2024, section 4). */
    public static final int PAPER_MAX_TRIES = 5;

    /** @throws ConfigException if tau is negative or not finite, or maxTries is below 1 */
    public Sampling {
        Objects.requireNonNull(protocol, "protocol");
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new ConfigException("temperature: " + temperature + " is not allowed; use a finite value >= 0");
        }
        if (maxTries < 1) {
            throw new ConfigException("maxTries: " + maxTries + " is not allowed; use 1 or more (paper: 5)");
        }
    }

    /** A uniformly random legal mover's rule: tau 1 over the legal moves. */
    public static Sampling randomMover() {
        return new Sampling(1.0, SamplingProtocol.LEGAL_MOVES, 1);
    }
}
