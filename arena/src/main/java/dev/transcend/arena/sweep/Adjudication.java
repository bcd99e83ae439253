package dev.transcend.arena.sweep;

import dev.transcend.core.config.ConfigException;

/**
 * {@code play.adjudication}: a game that reaches the move limit is decided by an engine's evaluation of its final
 * position instead of the paper's draw. The side the engine favours by at least {@code marginCp} centipawns (or that
 * it sees a forced mate for) wins ({@code ADJUDICATED}); otherwise the game is a {@code MOVE_LIMIT} draw.
 *
 * <pre>
 * play:
 *   adjudication: {engine: sf-eval-n200k, marginCp: 400}
 * </pre>
 *
 * @param engine   an engine player of the sweep's roster ({@code opponentsFile}) whose limit sets how deep it looks;
 *                 a node limit gives the same verdict on any machine (configs/opponents.yaml has
 *                 {@code sf-eval-n200k}: full-strength Stockfish, 200,000 nodes)
 * @param marginCp the smallest evaluation, in centipawns from the favoured side's view, that decides a game; 1..10000,
 *                 default 400 (four pawns' worth of the engine's scale: a clearly won position, not a small edge)
 */
public record Adjudication(String engine, Integer marginCp) {

    /** @throws ConfigException naming the key and the allowed values */
    public Adjudication {
        if (engine == null || engine.isBlank()) {
            throw new ConfigException("adjudication.engine: missing; name an engine player of opponentsFile, e.g."
                    + " adjudication: {engine: sf-eval-n200k, marginCp: 400}");
        }
        marginCp = marginCp == null ? 400 : marginCp;
        if (marginCp < 1 || marginCp > 10_000) {
            throw new ConfigException("adjudication.marginCp: " + marginCp + " is not allowed; use 1..10000 centipawns");
        }
    }
}
