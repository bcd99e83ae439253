package dev.transcend.core.chess;

import java.util.Optional;

/**
 * Helpers for moves in UCI long algebraic notation ({@code e2e4}, {@code e7e8q}): 4 or 5 characters,
 * from-square, to-square and an optional promotion piece in lower case. Castling is written as the
 * king's move ({@code e1g1}).
 */
public final class Uci {

    private Uci() {
    }

    /**
     * Normalizes a UCI move string: lower-cases the promotion letter (pgn-extract writes
     * {@code h2g1Q}) and checks the syntax.
     *
     * @param text a move such as {@code e2e4}, {@code e7e8q} or {@code e7e8Q}
     * @return the normalized move, or empty if {@code text} is not UCI syntax
     */
    public static Optional<String> normalize(String text) {
        if (!looksLikeUci(text)) {
            return Optional.empty();
        }
        return Optional.of(text.length() == 4 ? text : text.substring(0, 4) + Character.toLowerCase(text.charAt(4)));
    }

    /** @return whether {@code text} has UCI move syntax: {@code [a-h][1-8][a-h][1-8][qrbnQRBN]?} */
    public static boolean looksLikeUci(String text) {
        int n = text.length();
        if (n != 4 && n != 5) {
            return false;
        }
        if (!isFile(text.charAt(0)) || !isRank(text.charAt(1)) || !isFile(text.charAt(2)) || !isRank(text.charAt(3))) {
            return false;
        }
        return n == 4 || "qrbn".indexOf(Character.toLowerCase(text.charAt(4))) >= 0;
    }

    /** @return whether {@code name} is a square name such as {@code e4} (lower case) */
    public static boolean isSquare(String name) {
        return name != null && name.length() == 2 && isFile(name.charAt(0)) && isRank(name.charAt(1));
    }

    /** @return the square index 0..63 (a1 = 0, h1 = 7, a8 = 56) of a square name such as {@code e4} */
    public static int square(String name) {
        return (name.charAt(1) - '1') * 8 + (name.charAt(0) - 'a');
    }

    /** @return the name of square index 0..63, e.g. {@code 28 -> "e4"} */
    public static String squareName(int square) {
        return String.valueOf((char) ('a' + (square & 7))) + (char) ('1' + (square >> 3));
    }

    private static boolean isFile(char c) {
        return c >= 'a' && c <= 'h';
    }

    private static boolean isRank(char c) {
        return c >= '1' && c <= '8';
    }
}
