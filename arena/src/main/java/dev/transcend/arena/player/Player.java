package dev.transcend.arena.player;

import dev.transcend.core.chess.Position;

import java.util.OptionalInt;

/**
 * One side of a game: an engine process, a model with its sampling rule, or an expert around either, opened from a
 * {@link PlayerSpec} for one game slot and reused for many games.
 *
 * <p>Not thread-safe: a slot plays one game at a time.
 */
public sealed interface Player extends AutoCloseable permits EnginePlayer, ModelPlayer, ExpertPlayer {

    /** @return the name written to PGN headers and {@code games.csv} */
    String name();

    /** @return the player's assumed Elo rating, if it has one */
    OptionalInt rating();

    /**
     * Prepares for a new game. A player that cannot (e.g. an engine that died and cannot restart)
     * reports it from its next {@link #choose} instead of throwing.
     *
     * @param seed the game's seed for this player's randomness
     * @throws InterruptedException if the calling thread is interrupted while waiting for an engine, or the engine
     *                              was ended by SIGHUP, SIGINT or SIGTERM (the run is being stopped)
     */
    void newGame(long seed) throws InterruptedException;

    /**
     * @param position the game so far; the player must not modify it
     * @return a legal move, or a failure that loses the game
     * @throws InterruptedException as {@link #newGame}; the game is then abandoned, not scored
     */
    MoveChoice choose(Position position) throws InterruptedException;

    /** Releases the engine process or the model's native memory. */
    @Override
    void close();
}
