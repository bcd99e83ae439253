package dev.transcend.dataprep.filter;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.dataset.TokenizedGame;

import java.util.Optional;

/** What {@link GameFilter} decided about one game. */
public sealed interface Verdict {

    /** @return the players' ratings, when the game had readable ones (for the rating histogram) */
    Optional<ByColor<Integer>> elo();

    /**
     * The game passes every check except {@link DropReason#DUPLICATE}, which needs the whole run.
     *
     * @param game the game as tokens, with ratings and result
     */
    record Keep(TokenizedGame game) implements Verdict {
        @Override
        public Optional<ByColor<Integer>> elo() {
            return Optional.of(game.elo());
        }
    }

    /**
     * @param reason the first check the game failed
     * @param line the 1-based line of the problem in its file (the game's first line for tag checks)
     * @param detail what was found, for the skipped-games log
     * @param elo the ratings, if they could be read
     */
    record Drop(DropReason reason, long line, String detail, Optional<ByColor<Integer>> elo) implements Verdict {
    }
}
