package dev.transcend.core.pgn;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax of PGN tag-pair lines (PGN standard, section 8.1): {@code [Name "value"]}, with {@code \"}
 * and {@code \\} escapes inside the value, and several pairs allowed on one line. {@link #format}
 * writes a pair so that {@link #parse} (and so {@link PgnReader}) gives back the same name and value.
 */
public final class TagPairs {

    /** One tag pair. */
    record Pair(String name, String value) {
    }

    /**
     * What a line held: its pairs, or an error message.
     *
     * @param pairs the pairs in order (empty on error)
     * @param error why the line is not tag pairs, or null
     */
    record Parse(List<Pair> pairs, String error) {
        static Parse failed(String error) {
            return new Parse(List.of(), error);
        }
    }

    private TagPairs() {
    }

    /**
     * @param line a stripped line starting with {@code [}
     * @return the pairs, or an error naming what was expected
     */
    static Parse parse(String line) {
        List<Pair> pairs = new ArrayList<>(1);
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (line.charAt(i) != '[') {
                return Parse.failed("expected '[' at column " + (i + 1));
            }
            int nameStart = i + 1;
            int j = nameStart;
            while (j < n && isNameChar(line.charAt(j))) {
                j++;
            }
            if (j == nameStart) {
                return Parse.failed("no tag name after '['");
            }
            String name = line.substring(nameStart, j);
            j = skipSpaces(line, j);
            if (j >= n || line.charAt(j) != '"') {
                return Parse.failed("tag " + name + " has no quoted value");
            }
            j++;
            int valueStart = j;
            int quote = line.indexOf('"', valueStart);
            int backslash = quote < 0 ? -1 : line.indexOf('\\', valueStart);
            String value;
            if (quote >= 0 && (backslash < 0 || backslash > quote)) {
                value = line.substring(valueStart, quote); // no escapes: the common case, without copying twice
                j = quote;
            } else {
                StringBuilder escaped = new StringBuilder().append(line, valueStart, j);
                while (j < n && line.charAt(j) != '"') {
                    char c = line.charAt(j);
                    if (c == '\\' && j + 1 < n && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        c = line.charAt(++j);
                    }
                    escaped.append(c);
                    j++;
                }
                value = escaped.toString();
            }
            if (j >= n) {
                return Parse.failed("tag " + name + " has an unclosed quote");
            }
            j = skipSpaces(line, j + 1);
            if (j >= n || line.charAt(j) != ']') {
                // An unescaped quote inside the value ([Event "The "Big" Open"]): take everything up
                // to the last quote before the closing bracket, as pgn-extract does.
                Pair lenient = lenientPair(line, i, name);
                if (lenient == null) {
                    return Parse.failed("tag " + name + " is not closed by ']'");
                }
                pairs.add(lenient);
                return new Parse(pairs, null);
            }
            pairs.add(new Pair(name, value));
            i = skipSpaces(line, j + 1);
        }
        return new Parse(pairs, null);
    }

    /**
     * Writes one tag pair line, the inverse of {@link #parse}: {@code \} and {@code "} in the value are
     * escaped, and a line break (which a tag line cannot hold) becomes a space.
     *
     * @param name a tag name of letters, digits and {@code _}, e.g. {@code WhiteElo}
     * @param value any text, e.g. {@code O"Kelly \ 3}
     * @return the line without its line break, e.g. {@code [White "O\"Kelly \\ 3"]}
     * @throws IllegalArgumentException if the name is empty or holds another character (no reader would find it)
     */
    public static String format(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> isNameChar((char) c))) {
            throw new IllegalArgumentException("'" + name + "' is not a PGN tag name (letters, digits and _)");
        }
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ');
        return "[" + name + " \"" + escaped + "\"]";
    }

    /** @return whether a line (inside an open comment) looks like a tag pair rather than comment text */
    static boolean looksLikeTagPair(String stripped) {
        return stripped.length() >= 5 && stripped.charAt(0) == '[' && Character.isLetter(stripped.charAt(1))
                && stripped.endsWith("\"]") && stripped.indexOf(" \"") > 0;
    }

    private static Pair lenientPair(String line, int start, String name) {
        int open = line.indexOf('"', start);
        int close = line.lastIndexOf('"');
        String rest = line.substring(close + 1).strip();
        if (close <= open || !rest.equals("]")) {
            return null;
        }
        return new Pair(name, line.substring(open + 1, close));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        if (c < 128) { // ASCII first: what isLetterOrDigit answers for it, without its table lookups
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }
}
