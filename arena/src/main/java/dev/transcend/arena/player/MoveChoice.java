package dev.transcend.arena.player;

import dev.transcend.core.game.Termination;

import java.util.Objects;

/** A player's answer to a position: a move, a failure that loses the game, or a full context that draws it. */
public sealed interface MoveChoice {

    /** @return illegal samples drawn (models) before this answer; always 0 for engines */
    int illegalAttempts();

    /**
     * A move to play.
     *
     * @param uci the move in UCI notation
     * @param illegalAttempts illegal samples drawn before it
     */
    record Played(String uci, int illegalAttempts) implements MoveChoice {
        public Played {
            Objects.requireNonNull(uci, "uci");
        }
    }

    /**
     * The player cannot move; it loses the game.
     *
     * @param termination why: {@link Termination#NO_LEGAL_SAMPLE}, {@link Termination#ILLEGAL_MOVE},
     *                    {@link Termination#ENGINE_CRASH} or {@link Termination#ENGINE_TIMEOUT}
     * @param detail a sentence for the game record
     * @param illegalAttempts illegal samples drawn before giving up
     */
    record Failed(Termination termination, String detail, int illegalAttempts) implements MoveChoice {
        public Failed {
            Objects.requireNonNull(termination, "termination");
            if (termination.isByRules() || termination == Termination.MOVE_LIMIT) {
                throw new IllegalArgumentException(termination + " is decided by the game, not by a player");
            }
            if (termination == Termination.CONTEXT_FULL) {
                throw new IllegalArgumentException(termination + " is a draw, not a loss; use ContextFull");
            }
        }
    }

    /**
     * The model to move would need more plies of context than it has ({@code contextOverflow: end}): the game ends
     * as a draw, {@link Termination#CONTEXT_FULL}, like a game stopped by the move limit.
     *
     * @param detail a sentence for the game record
     */
    record ContextFull(String detail) implements MoveChoice {
        public ContextFull {
            Objects.requireNonNull(detail, "detail");
        }

        /** @return 0: the model drew nothing */
        @Override
        public int illegalAttempts() {
            return 0;
        }
    }
}
