package dev.transcend.arena.sweep;

import dev.transcend.arena.engine.EngineReply;
import dev.transcend.arena.engine.UciMessage;
import dev.transcend.arena.game.MoveLimitRule;
import dev.transcend.arena.player.EnginePlayer;
import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;

import java.util.Locale;
import java.util.Optional;

/**
 * {@link MoveLimitRule} of {@link Adjudication}: asks an engine for its evaluation of the final position (one per
 * sweep slot, opened by the slot and reset with {@code ucinewgame} before each verdict, so a node-limited engine
 * gives the same verdict for the same position). UCI scores are from the side to move's view. A game the engine
 * cannot judge (it crashed or stalled, or sent no score) stays the paper's draw, with the reason in its detail.
 */
final class EngineAdjudicator implements MoveLimitRule, AutoCloseable {

    private final EnginePlayer engine;
    private final int marginCp;

    EngineAdjudicator(EnginePlayer engine, int marginCp) {
        this.engine = engine;
        this.marginCp = marginCp;
    }

    @Override
    public GameResult atMoveLimit(Position position, int moveLimit) throws InterruptedException {
        engine.newGame(0);
        EngineReply reply = engine.analyse(position);
        if (reply instanceof EngineReply.Fault fault) {
            return MoveLimitRule.draw(moveLimit, "; not adjudicated: " + engine.name() + " " + fault.detail());
        }
        Optional<UciMessage.Info> info = ((EngineReply.Move) reply).lastInfo();
        Color mover = position.sideToMove();
        if (info.isPresent() && info.get().scoreMate() != null && info.get().scoreMate() != 0) {
            int mate = info.get().scoreMate();
            Color winner = mate > 0 ? mover : mover.opposite();
            return decided(winner, moveLimit, String.format(Locale.ROOT, "%s sees mate in %d for %s", engine.name(),
                    Math.abs(mate), name(winner)));
        }
        if (info.isEmpty() || info.get().scoreCp() == null) {
            return MoveLimitRule.draw(moveLimit, "; not adjudicated: " + engine.name() + " sent no score");
        }
        int cp = info.get().scoreCp();
        int whiteCp = mover == Color.WHITE ? cp : -cp;
        if (Math.abs(cp) < marginCp) {
            return MoveLimitRule.draw(moveLimit, String.format(Locale.ROOT, "; %s: %+d cp for White, within %d",
                    engine.name(), whiteCp, marginCp));
        }
        Color winner = cp > 0 ? mover : mover.opposite();
        return decided(winner, moveLimit, String.format(Locale.ROOT, "%s: %+d cp for White, margin %d", engine.name(),
                whiteCp, marginCp));
    }

    private static GameResult decided(Color winner, int moveLimit, String why) {
        return new GameResult(Outcome.winFor(winner), Termination.ADJUDICATED,
                "stopped after move " + moveLimit + "; " + why);
    }

    private static String name(Color color) {
        return color == Color.WHITE ? "White" : "Black";
    }

    @Override
    public void close() {
        engine.close();
    }
}
