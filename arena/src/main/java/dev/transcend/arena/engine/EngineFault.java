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
}
