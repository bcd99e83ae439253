package dev.transcend.core.pgn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tolerant, streaming reader of PGN files as they are found in the wild: Lichess exports,
 * pgn-extract output with UCI movetext, old CRLF databases. It only splits the input into games
 * (tag pairs + movetext); {@link MovetextParser} checks the moves.
 *
 * <p>A game starts at a tag pair and ends at the first of: a blank line after its moves (outside
 * comments and variations; a blank line after a comment that comes before the first move does not end
 * the game), a tag pair after its movetext (so missing blank lines between games are fine), a tag pair
 * repeating one the game already has, or the end of the input. A blank line inside the tag section
 * does not end the game: the tags after it belong to the same game unless they repeat one of its tags
 * (then they start the next game, as for tag-only games separated by blank lines). Tolerated on the way: a UTF-8 byte-order mark, CRLF and trailing spaces, {@code %} escape
 * lines (PGN standard 6), {@code ;} and multi-line {@code {}} comments, and {@code \"} escapes in
 * tag values. Whatever cannot be a game is returned as a {@link Skipped} record naming its line:
 * text with no tag pairs ({@link SkipReason#NOT_A_GAME}), a malformed tag pair, a comment left open
 * until the next game's tags (the damage is bounded to one game), or runaway movetext.
 *
 * <p>Not thread-safe.
 */
public final class PgnReader implements GameReader {

    /** Movetext longer than this (characters) is skipped: the longest real games are ~40k with clocks. */
    public static final int MAX_MOVETEXT_CHARS = 1 << 20;
    private static final int SNIPPET = 60;

    private final BufferedReader in;
    private final String file;
    private long lineNumber;
    private String pushedBack;

    private boolean open;
    private Map<String, String> tags;
    private final StringBuilder movetext = new StringBuilder(4096);
    private long gameLine;
    private long movetextLine;
    private boolean hasMoves;
    private boolean inComment;
    private long commentLine;
    private int variationDepth;
    private Skipped problem;

    /**
     * @param in the text, already decompressed and decoded (UTF-8)
     * @param file the file name to put in records and messages
     */
    public PgnReader(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    public GameRecord next() throws IOException {
        while (true) {
            String line = nextLine();
            if (line == null) {
                return open ? finish() : null;
            }
            if (inComment) {
                if (TagPairs.looksLikeTagPair(line.strip())) {
                    fail(SkipReason.UNTERMINATED_COMMENT, commentLine,
                            "comment '{' opened here is still open at the tag pair on line " + lineNumber);
                    pushBack(line);
                    return finish();
                }
                appendMovetext(line.strip());
                continue;
            }
            if (line.startsWith("%")) {
                continue; // escape mechanism: the whole line is ignored
            }
            String s = line.strip();
            if (s.isEmpty()) {
                if (open && hasMoves && variationDepth <= 0) {
                    return finish();
                }
                continue;
            }
            if (s.charAt(0) == '[') {
                if (open && movetext.length() > 0) {
                    pushBack(line);
                    return finish();
                }
                TagPairs.Parse parse = TagPairs.parse(s); // once per line: it decides both a repeat and the tags
                if (open && repeatsTag(parse)) {
                    pushBack(line);
                    return finish();
                }
                if (!open) {
                    begin();
                }
                readTags(parse, s);
                continue;
            }
            if (!open) {
                begin();
            }
            if (movetext.length() == 0) {
                movetextLine = lineNumber;
            }
            appendMovetext(s);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private String nextLine() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            return line;
        }
        String line = in.readLine();
        if (line != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
        }
        return line;
    }

    /** The pushed-back line keeps its line number: {@link #lineNumber} is not advanced again. */
    private void pushBack(String line) {
        pushedBack = line;
    }

    private void begin() {
        open = true;
        tags = new LinkedHashMap<>(32); // a Lichess export has 17-20 tags: no rehashing
        movetext.setLength(0);
        gameLine = lineNumber;
        movetextLine = lineNumber;
        hasMoves = false;
        inComment = false;
        variationDepth = 0;
        problem = null;
    }

    private GameRecord finish() {
        open = false;
        if (inComment && problem == null) {
            fail(SkipReason.UNTERMINATED_COMMENT, commentLine, "comment '{' opened here is never closed");
        }
        inComment = false;
        if (problem != null) {
            return problem;
        }
        if (tags.isEmpty()) {
            return new Skipped(SkipReason.NOT_A_GAME, file, gameLine,
                    "text with no tag pairs before it: '" + snippet(movetext) + "'");
        }
        return new ParsedGame(tags, movetext.toString(), file, gameLine, movetextLine);
    }

    private void fail(SkipReason reason, long line, String detail) {
        if (problem == null) {
            problem = new Skipped(reason, file, line, detail);
        }
    }

    private boolean repeatsTag(TagPairs.Parse parse) {
        return parse.error() == null && !parse.pairs().isEmpty() && tags.containsKey(parse.pairs().get(0).name());
    }

    private void readTags(TagPairs.Parse parse, String s) {
        if (parse.error() != null) {
            fail(SkipReason.BAD_TAG, lineNumber, parse.error() + ": '" + snippet(s) + "'");
            return;
        }
        for (TagPairs.Pair pair : parse.pairs()) {
            tags.putIfAbsent(pair.name(), pair.value());
        }
    }

    /** Appends one stripped movetext line, tracking comments and variations that span lines. */
    private void appendMovetext(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inComment) {
                inComment = c != '}';
            } else if (c == '{') {
                inComment = true;
                commentLine = lineNumber;
            } else if (c == ';') {
                break; // rest-of-line comment
            } else if (c == '(') {
                variationDepth++;
            } else if (c == ')') {
                variationDepth--;
            } else if (!Character.isWhitespace(c)) {
                hasMoves = true; // a move, move number, NAG or result: more than comments
            }
        }
        if (movetext.length() + s.length() >= MAX_MOVETEXT_CHARS) {
            fail(SkipReason.TOO_LONG, movetextLine, "movetext longer than " + MAX_MOVETEXT_CHARS + " characters");
            return;
        }
        if (movetext.length() > 0) {
            movetext.append('\n');
        }
        movetext.append(s);
    }

    private static String snippet(CharSequence text) {
        String s = text.toString().replace('\n', ' ');
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "...";
    }
}
