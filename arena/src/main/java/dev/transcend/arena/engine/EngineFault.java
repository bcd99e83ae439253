package dev.transcend.arena.engine;

import dev.transcend.core.game.Termination;

/** How an engine failed during a game (after cutechess's disconnection and stalled-connection results). */
public enum EngineFault {
    /** The process exited or closed its output. */
    CRASHED,
    /** The process did not answer within its named timeout; the arena killed it. */
    TIMED_OUT;

    /** @return the game termination this fault causes (a loss for the engine) */
    public Termination termination() {
        return this == CRASHED ? Termination.ENGINE_CRASH : Termination.ENGINE_TIMEOUT;
    }

    /**
     * @param termination how a game ended
     * @return whether an engine's fault decided it: {@link Termination#ILLEGAL_MOVE}, {@link Termination#ENGINE_CRASH}
     *         or {@link Termination#ENGINE_TIMEOUT} (a model that draws no legal move loses by
     *         {@link Termination#NO_LEGAL_SAMPLE} instead, the paper's rule)
     */
    public static boolean decided(Termination termination) {
        return termination == Termination.ILLEGAL_MOVE || termination == Termination.ENGINE_CRASH
                || termination == Termination.ENGINE_TIMEOUT;
    }
}
