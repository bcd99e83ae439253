package dev.transcend.core.pgn;

import dev.transcend.core.game.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * The main line of a game, every move legal from the standard starting position.
 *
 * @param uci the moves in UCI notation, lower-case promotion letters, one per ply
 * @param result the game termination marker found in the movetext; empty for {@code *} or none
 */
public record ParsedMoves(List<String> uci, Optional<Outcome> result) implements MovetextResult {

    /** @return number of plies */
    public int plies() {
        return uci.size();
    }
}
