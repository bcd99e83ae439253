package dev.transcend.core.pgn;

import java.util.Map;
import java.util.Optional;

/**
 * A game as written in the file: its tag pairs and its raw movetext, not yet checked against the
 * rules (see {@link MovetextParser}).
 *
 * @param tags tag pairs in file order, e.g. {@code WhiteElo -> 1340}; escapes already resolved
 * @param movetext the movetext lines joined with {@code '\n'} (comments, NAGs and variations kept)
 * @param file the file the game came from
 * @param line 1-based line of the game's first tag pair
 * @param movetextLine 1-based line where the movetext starts (equal to {@code line} if it has none)
 */
public record ParsedGame(Map<String, String> tags, String movetext, String file, long line, long movetextLine)
        implements GameRecord {

    /** @return the value of tag {@code name} (case-sensitive, as in the PGN standard), if present */
    public Optional<String> tag(String name) {
        return Optional.ofNullable(tags.get(name));
    }
}
