package dev.transcend.core.dataset;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;

import java.util.Optional;

/**
 * One game as the model sees it: move token ids from the first move on (no BOS, no padding), with
 * the players' Elo ratings and the result kept for filtering and statistics.
 *
 * @param moves the game's token stream in its dataset's encoding, {@code Encoding.encode(moves)} without the BOS (one
 *              id per ply for {@code uci-move-v1})
 * @param elo the players' Elo ratings (rating points, 0..32767)
 * @param outcome the game's result, empty if unknown ({@code *})
 */
public record TokenizedGame(int[] moves, ByColor<Integer> elo, Optional<Outcome> outcome) {

    /** @return number of plies */
    public int plies() {
        return moves.length;
    }
}
