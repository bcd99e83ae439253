package dev.transcend.arena.game;

import dev.transcend.arena.player.MoveChoice;
import dev.transcend.arena.player.Player;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.GameEnd;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;

import java.time.Instant;
import java.util.Optional;

/**
 * Plays one game between two {@link Player}s from the standard starting position and acts as the
 * arbiter (after cutechess's game manager and adjudicator): the rules of chess end the game by
 * checkmate, stalemate, insufficient material, the fifty-move rule or threefold repetition (core
 * {@link Position#end()}); a game that reaches {@code moveLimit} full moves is stopped and scored a
 * draw ({@link Termination#MOVE_LIMIT}; paper: "games stopped at move 90 count as draws", Zhang et
 * al., 2024, section 4); a player that fails to move (illegal move, engine crash or stall, no legal
 * sample) loses with that termination. It never throws for a misbehaving player.
 */
public final class GameRunner {

    /** The paper's ply cap, in full moves. */
    public static final int PAPER_MOVE_LIMIT = 90;

    private final int moveLimit;

    /**
     * @param moveLimit the game is stopped as a draw after this many full moves (both sides moved)
     * @throws ConfigException if {@code moveLimit} is below 1
     */
    public GameRunner(int moveLimit) {
        if (moveLimit < 1) {
            throw new ConfigException("moveLimit: " + moveLimit + " is not allowed; use 1 or more full moves (paper: 90)");
        }
        this.moveLimit = moveLimit;
    }

    /** @return the move limit in full moves */
    public int moveLimit() {
        return moveLimit;
    }

    /**
     * @param players the two players, by colour; each gets a seed derived from {@code seed}
     * @param seed the game's seed
     * @return the finished game
     * @throws InterruptedException if a stop was requested during the game (the thread was interrupted, e.g. by
     *                              {@link GameSlots} when the JVM shuts down) or an engine was stopped by SIGHUP,
     *                              SIGINT or SIGTERM; the game is then abandoned and must not be recorded, since
     *                              its result (often the stopped engine's "crash") says nothing about the players
     */
    public PlayedGame play(ByColor<Player> players, long seed) throws InterruptedException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        players.white().newGame(Seeds.derive(seed, "white", 0));
        players.black().newGame(Seeds.derive(seed, "black", 0));
        Position position = Position.start();
        int[] illegal = new int[2];
        GameResult result = null;
        while (result == null) {
            if (Thread.interrupted()) { // a model thinks without blocking; stop between moves when asked
                throw new InterruptedException("game abandoned at ply " + position.ply());
            }
            Optional<GameEnd> end = position.end();
            if (end.isPresent()) {
                result = new GameResult(end.get().outcome(), end.get().termination(), "");
                break;
            }
            if (position.ply() >= 2 * moveLimit) {
                result = new GameResult(Outcome.DRAW, Termination.MOVE_LIMIT, "stopped after move " + moveLimit);
                break;
            }
            Color side = position.sideToMove();
            MoveChoice choice = players.get(side).choose(position.copy());
            illegal[side.ordinal()] += choice.illegalAttempts();
            if (choice instanceof MoveChoice.Failed failed) {
                result = new GameResult(Outcome.winFor(side.opposite()), failed.termination(), failed.detail());
            } else {
                String move = ((MoveChoice.Played) choice).uci();
                if (!position.isLegal(move)) { // players check their own moves; the arbiter checks again
                    result = new GameResult(Outcome.winFor(side.opposite()), Termination.ILLEGAL_MOVE,
                            players.get(side).name() + " played illegal move '" + move + "' in " + position.fen());
                } else {
                    position.play(move);
                }
            }
        }
        if (Thread.interrupted()) { // a stop during the last move may have decided the game (a killed engine)
            throw new InterruptedException("game abandoned after ply " + position.ply() + ": the run is stopping");
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        return new PlayedGame(players.map(Player::name), players.map(Player::rating), position.movesUci(), result,
                new ByColor<>(illegal[0], illegal[1]), seed, startedAt, durationMs);
    }
}
