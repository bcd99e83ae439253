package dev.transcend.core.chess;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;

/**
 * How the rules ended a game: checkmate, stalemate or an automatic draw.
 *
 * @param outcome who won, or a draw
 * @param termination the rule that ended the game
 */
public record GameEnd(Outcome outcome, Termination termination) {
}
