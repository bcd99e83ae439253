package dev.transcend.core.game;

import java.util.Objects;

/**
 * The result of one game.
 *
 * @param outcome who won, or a draw
 * @param termination why the game ended
 * @param detail a human-readable note, e.g. the illegal move an engine sent; may be empty
 */
public record GameResult(Outcome outcome, Termination termination, String detail) {

    public GameResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(termination, "termination");
        detail = detail == null ? "" : detail;
    }
}
