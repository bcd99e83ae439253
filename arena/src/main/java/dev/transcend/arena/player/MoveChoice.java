package dev.transcend.arena.player;

import dev.transcend.core.game.Termination;

import java.util.Objects;

/** A player's answer to a position: a move, or a failure that loses the game. */
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
        }
    }
}
