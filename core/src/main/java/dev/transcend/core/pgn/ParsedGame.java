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

    /**
     * The game termination marker that ends the movetext (PGN standard, section 8.2.6: every movetext
     * ends with one). A game whose writing was cut short (a crash in the middle of an append) has none,
     * so this is how a program that appends whole games to a file tells a finished game from debris.
     *
     * @return {@code 1-0}, {@code 0-1}, {@code 1/2-1/2}, {@code *} (or {@code ½-½}) if it is the last
     *         whitespace-separated token of the movetext; empty otherwise (no movetext, cut short, or a
     *         comment after the marker)
     */
    public Optional<String> terminationMarker() {
        String text = movetext.stripTrailing();
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String last = text.substring(start);
        return MovetextParser.isResult(last) ? Optional.of(last) : Optional.empty();
    }

    /**
     * The game in the form {@link PgnReader} reads back as the same tags and movetext: one
     * {@link TagPairs#format tag pair} per line in {@link #tags} order, a blank line, the movetext, a
     * blank line. For a game written that way (e.g. by the arena's {@code PgnWriter}) this is the text
     * it was read from, character for character; other input comes out normalized: line ends
     * {@code '\n'}, lines stripped, tag values re-escaped, {@code %} lines and duplicate tags dropped.
     *
     * @return the game's PGN text, ending with a blank line
     */
    public String toPgn() {
        StringBuilder out = new StringBuilder(movetext.length() + 64 * tags.size());
        tags.forEach((name, value) -> out.append(TagPairs.format(name, value)).append('\n'));
        return out.append('\n').append(movetext).append("\n\n").toString();
    }
}
