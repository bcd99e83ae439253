package dev.transcend.core.chess;

/**
 * Syntax of Standard Algebraic Notation, without the rules: splits {@code Nbxd7+} into piece,
 * disambiguation, target square and promotion. {@link Position#sanToUci} and {@link ReplayBoard#playSan}
 * resolve the result.
 */
final class SanText {

    /**
     * @param piece piece letter {@code PNBRQK}
     * @param fromFile disambiguating file {@code a-h}, or 0
     * @param fromRank disambiguating rank {@code 1-8}, or 0
     * @param to target square such as {@code d7}
     * @param promotion promotion piece letter {@code NBRQ}, or 0
     */
    record Parsed(char piece, char fromFile, char fromRank, String to, char promotion) {
    }

    private SanText() {
    }

    /** Removes check/mate signs, annotation glyphs and an {@code e.p.} suffix. */
    static String strip(String san) {
        String s = san.strip();
        if (s.endsWith("e.p.")) {
            s = s.substring(0, s.length() - 4).strip();
        }
        int end = s.length();
        while (end > 0 && "+#!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean isKingsideCastle(String s) {
        return s.equals("O-O") || s.equals("0-0");
    }

    static boolean isQueensideCastle(String s) {
        return s.equals("O-O-O") || s.equals("0-0-0");
    }

    /** @return the parts of a stripped SAN move, or null if it is not SAN syntax */
    static Parsed parse(String s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        char promotion = 0;
        // promotion: e8=Q, e8Q, e8=q (never lower-case without '=': "e8b" could not be told from a file)
        if (n >= 3 && "NBRQnbrq".indexOf(s.charAt(n - 1)) >= 0 && (s.charAt(n - 2) == '=' || isRank(s.charAt(n - 2)))) {
            if (s.charAt(n - 2) == '=') {
                promotion = Character.toUpperCase(s.charAt(n - 1));
                n -= 2;
            } else if (Character.isUpperCase(s.charAt(n - 1))) {
                promotion = s.charAt(n - 1);
                n -= 1;
            }
        }
        if (n < 2 || !isFile(s.charAt(n - 2)) || !isRank(s.charAt(n - 1))) {
            return null;
        }
        String to = s.substring(n - 2, n);
        int i = 0;
        char piece = 'P';
        if ("NBRQK".indexOf(s.charAt(0)) >= 0) {
            piece = s.charAt(0);
            i = 1;
        }
        char fromFile = 0;
        char fromRank = 0;
        int stop = n - 2;
        for (; i < stop; i++) {
            char c = s.charAt(i);
            if (isFile(c) && fromFile == 0 && fromRank == 0) {
                fromFile = c;
            } else if (isRank(c) && fromRank == 0) {
                fromRank = c;
            } else if ((c == 'x' || c == ':' || c == '-') && i == stop - 1) {
                // capture sign (or long-algebraic dash) right before the target square
            } else {
                return null;
            }
        }
        return new Parsed(piece, fromFile, fromRank, to, promotion);
    }

    private static boolean isFile(char c) {
        return c >= 'a' && c <= 'h';
    }

    private static boolean isRank(char c) {
        return c >= '1' && c <= '8';
    }
}
