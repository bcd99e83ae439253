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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays one game between two {@link Player}s from the standard starting position (or an {@link Opening}) and acts as the
 * arbiter (after cutechess's game manager and adjudicator): the rules of chess end the game by
 * checkmate, stalemate, insufficient material, the fifty-move rule or threefold repetition (core
 * {@link Position#end()}); a game that reaches {@code moveLimit} full moves is stopped and scored a
 * draw (or, given a {@link MoveLimitRule}, decided by it) ({@link Termination#MOVE_LIMIT}; paper: "games stopped at move 90 count as draws", Zhang et
 * al., 2024, section 4); a model whose context is full ({@code contextOverflow: end}) ends the game as a draw
 * ({@link Termination#CONTEXT_FULL}); a player that fails to move (illegal move, engine crash or stall, no legal
 * sample) loses with that termination. It never throws for a misbehaving player.
 *
 * <p>A crash or stall says nothing about how the engine plays (an out-of-memory kill, an assertion in a rare
 * position, a machine too loaded to answer in time), so a game that an engine crash or stall decided is played again
 * from the start, with the same seeds, on the engine restarted by its {@link Player#newGame}, up to
 * {@code engineReplays} times; only then does the fault stand as a loss ({@link Termination#ENGINE_CRASH},
 * {@link Termination#ENGINE_TIMEOUT}), as a broken engine must not stall a run. The replays are listed in
 * {@link PlayedGame#engineReplays()}. An illegal move (including {@code bestmove (none)} in a live position) is not
 * replayed: the engine answered, wrongly.
 */
public final class GameRunner {

    /** The paper's ply cap, in full moves. */
    public static final int PAPER_MOVE_LIMIT = 90;

    /** Plays of a game after the first that an engine crash or stall may cost, by default. */
    public static final int ENGINE_REPLAYS = 2;

    private final int moveLimit;
    private final int engineReplays;

    /** As {@link #GameRunner(int, int)} with {@link #ENGINE_REPLAYS}. */
    public GameRunner(int moveLimit) {
        this(moveLimit, ENGINE_REPLAYS);
    }

    /**
     * @param moveLimit the game is stopped as a draw after this many full moves (both sides moved)
     * @param engineReplays how often a game decided by an engine crash or stall is played again, 0 or more
     * @throws ConfigException if {@code moveLimit} is below 1 or {@code engineReplays} below 0
     */
    public GameRunner(int moveLimit, int engineReplays) {
        if (moveLimit < 1) {
            throw new ConfigException("moveLimit: " + moveLimit + " is not allowed; use 1 or more full moves (paper: 90)");
        }
        if (engineReplays < 0) {
            throw new ConfigException("engineReplays: " + engineReplays + " is not allowed; use 0 or more");
        }
        this.moveLimit = moveLimit;
        this.engineReplays = engineReplays;
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
        return play(players, seed, Opening.START);
    }

    /**
     * As {@link #play(ByColor, long)}, from an opening: its moves are played first, by neither player, and are part of
     * the game's moves (and count towards the move limit); the players see them as the game so far.
     *
     * @param opening the moves the game starts from ({@link Opening#START} for the standard start)
     */
    public PlayedGame play(ByColor<Player> players, long seed, Opening opening) throws InterruptedException {
        return play(players, seed, opening, MoveLimitRule.DRAW);
    }

    /**
     * As {@link #play(ByColor, long, Opening)}, with a game that reaches the move limit ended by {@code atLimit}
     * instead of the paper's draw.
     *
     * @param atLimit how a game stopped at the move limit ends
     */
    public PlayedGame play(ByColor<Player> players, long seed, Opening opening, MoveLimitRule atLimit)
            throws InterruptedException {
        List<String> replays = new ArrayList<>();
        while (true) {
            PlayedGame game = playOnce(players, seed, opening, replays, atLimit);
            Termination termination = game.result().termination();
            boolean engineFailed = termination == Termination.ENGINE_CRASH || termination == Termination.ENGINE_TIMEOUT;
            if (!engineFailed || replays.size() == engineReplays) {
                return game;
            }
            replays.add(termination + " at ply " + game.plies() + ": " + game.result().detail());
        }
    }

    private PlayedGame playOnce(ByColor<Player> players, long seed, Opening opening, List<String> replays,
                                MoveLimitRule atLimit) throws InterruptedException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        players.white().newGame(Seeds.derive(seed, "white", 0));
        players.black().newGame(Seeds.derive(seed, "black", 0));
        Position position = Position.afterMoves(opening.moves());
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
                result = atLimit.atMoveLimit(position.copy(), moveLimit);
                break;
            }
            Color side = position.sideToMove();
            MoveChoice choice = players.get(side).choose(position.copy());
            illegal[side.ordinal()] += choice.illegalAttempts();
            if (choice instanceof MoveChoice.ContextFull full) {
                result = new GameResult(Outcome.DRAW, Termination.CONTEXT_FULL, full.detail());
            } else if (choice instanceof MoveChoice.Failed failed) {
                String replayed = replays.isEmpty() ? "" : " (after " + replays.size()
                        + (replays.size() == 1 ? " replay)" : " replays)");
                result = new GameResult(Outcome.winFor(side.opposite()), failed.termination(),
                        failed.detail() + (failed.termination().isEngineFault() ? replayed : ""));
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
                new ByColor<>(illegal[0], illegal[1]), seed, startedAt, durationMs, replays);
    }
}
