package dev.transcend.arena.game;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Color;
import dev.transcend.core.game.GameResult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A finished game, as {@link GameRunner} played it.
 *
 * @param players player names by colour
 * @param ratings assumed Elo ratings by colour, where known
 * @param movesUci the moves played, in UCI notation, from the standard starting position
 * @param result outcome, termination and detail
 * @param illegalAttempts illegal samples each side drew (0 for engines)
 * @param seed the game's seed
 * @param startedAt when the game started (UTC)
 * @param durationMs wall time of the game (its last play, if replayed) in milliseconds
 * @param engineReplays why the game was played again before this result: one entry per earlier play that an engine
 *                      crash or stall cut short, e.g. {@code ENGINE_CRASH: sf exited with code 134 ...}; empty for
 *                      a game played once (see {@link GameRunner})
 */
public record PlayedGame(ByColor<String> players, ByColor<OptionalInt> ratings, List<String> movesUci,
                         GameResult result, ByColor<Integer> illegalAttempts, long seed, Instant startedAt,
                         long durationMs, List<String> engineReplays) {

    public PlayedGame {
        Objects.requireNonNull(players, "players");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(illegalAttempts, "illegalAttempts");
        Objects.requireNonNull(startedAt, "startedAt");
        movesUci = List.copyOf(movesUci);
        engineReplays = List.copyOf(engineReplays);
    }

    /** A game played once. */
    public PlayedGame(ByColor<String> players, ByColor<OptionalInt> ratings, List<String> movesUci,
                      GameResult result, ByColor<Integer> illegalAttempts, long seed, Instant startedAt,
                      long durationMs) {
        this(players, ratings, movesUci, result, illegalAttempts, seed, startedAt, durationMs, List.of());
    }

    /** @return half-moves played */
    public int plies() {
        return movesUci.size();
    }

    /** @return the score of {@code color}: 1, 0.5 or 0 */
    public double scoreFor(Color color) {
        return result.outcome().scoreFor(color);
    }
}
