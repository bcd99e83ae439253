package dev.transcend.arena.game;

import dev.transcend.core.chess.Position;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;

/**
 * How a game that reaches the move limit ends: the paper's rule ({@link #DRAW}: "games stopped at move 90 count as
 * draws", Zhang et al. 2024, sec. 4) or an engine's verdict on the final position (the sweep's
 * {@code EngineAdjudicator}).
 */
@FunctionalInterface
public interface MoveLimitRule {

    /** The paper's rule: a draw, {@link Termination#MOVE_LIMIT}. */
    MoveLimitRule DRAW = (position, moveLimit) -> draw(moveLimit, "");

    /**
     * @param position  the final position, {@code 2 x moveLimit} plies after the start
     * @param moveLimit the limit in full moves
     * @return the game's result
     * @throws InterruptedException if the run is stopping
     */
    GameResult atMoveLimit(Position position, int moveLimit) throws InterruptedException;

    /**
     * @param moveLimit the limit in full moves
     * @param why       what is added to the detail, e.g. {@code ; eval +35 cp, within 400}, or empty
     * @return the move-limit draw
     */
    static GameResult draw(int moveLimit, String why) {
        return new GameResult(Outcome.DRAW, Termination.MOVE_LIMIT, "stopped after move " + moveLimit + why);
    }
}
