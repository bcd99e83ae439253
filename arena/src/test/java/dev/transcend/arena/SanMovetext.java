package dev.transcend.arena;

import dev.transcend.core.chess.Position;

import java.util.ArrayList;
import java.util.List;

/** Reads PGN movetext back with core's {@link Position#sanToUci}, as transcend's PGN reader does. */
public final class SanMovetext {

    private SanMovetext() {
    }

    /**
     * @param pgn one game's PGN (tags, blank line, movetext) or just its movetext
     * @return the moves in UCI notation
     * @throws AssertionError naming the first SAN token that does not resolve
     */
    public static List<String> toUci(String pgn) {
        int start = pgn.startsWith("[") ? pgn.indexOf("\n\n") + 2 : 0;
        Position position = Position.start();
        List<String> uci = new ArrayList<>();
        for (String token : pgn.substring(start).strip().split("\\s+")) {
            if (token.matches("\\d+\\.") || token.matches("1-0|0-1|1/2-1/2|\\*")) {
                continue;
            }
            String move = position.sanToUci(token)
                    .orElseThrow(() -> new AssertionError("SAN '" + token + "' does not resolve in " + position.fen()));
            position.play(move);
            uci.add(move);
        }
        return uci;
    }
}
