package dev.transcend.core.pgn;

/**
 * The first token of a movetext that could not be played.
 *
 * @param problem what kind of problem
 * @param ply the 1-based ply the token stood for (moves before it were fine)
 * @param token the offending text, shortened to 40 characters
 * @param line the 1-based line of the token in its file
 */
public record MovetextError(Problem problem, int ply, String token, long line) implements MovetextResult {

    /** Kinds of movetext problems. */
    public enum Problem {
        /** A move in SAN or UCI syntax that is illegal (or ambiguous SAN) in the position reached. */
        ILLEGAL_MOVE,
        /** A null move ({@code --}, {@code Z0}), which a game from the rules can never contain. */
        NULL_MOVE,
        /** A token that is not a move, move number, result, comment, NAG or glyph. */
        BAD_TOKEN,
        /** A {@code {} comment with no closing {@code }}. */
        UNTERMINATED_COMMENT,
        /** A {@code (} variation with no closing {@code )}, or a stray {@code )}. */
        UNBALANCED_VARIATION
    }

    /** @return one line for logs, e.g. {@code ILLEGAL_MOVE 'Nf3' at ply 12 (line 40)} */
    public String describe() {
        return problem + " '" + token + "' at ply " + ply + " (line " + line + ")";
    }
}
