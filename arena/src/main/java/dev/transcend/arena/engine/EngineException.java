package dev.transcend.arena.engine;

import java.io.IOException;

/**
 * An engine could not be found, started or brought to a ready state (no {@code uciok} or
 * {@code readyok}, or the process exited during the handshake). Problems during a game are not
 * exceptions: they come back as {@link EngineReply.Fault} and end that game with a typed result.
 */
public class EngineException extends IOException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
