package dev.transcend.arena.engine;

import java.util.Optional;

/** What came back from a {@code go}: a move, or a fault that ends the game. */
public sealed interface EngineReply {

    /**
     * The engine's {@code bestmove}, not yet checked for legality.
     *
     * @param move the move as sent, in UCI notation
     * @param lastInfo the last {@code info} line with a score or depth before it, if any
     */
    record Move(String move, Optional<UciMessage.Info> lastInfo) implements EngineReply {
    }

    /**
     * The engine crashed or stalled; it is unusable until restarted.
     *
     * @param fault what went wrong
     * @param detail a sentence for the game record, e.g. {@code exited with code 139 after 'go nodes 200'}
     */
    record Fault(EngineFault fault, String detail) implements EngineReply {
    }
}
