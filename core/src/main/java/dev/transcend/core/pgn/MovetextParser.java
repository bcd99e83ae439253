package dev.transcend.core.pgn;

import dev.transcend.core.chess.Position;
import dev.transcend.core.chess.ReplayBoard;
import dev.transcend.core.chess.Uci;
import dev.transcend.core.game.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plays a game's movetext from the standard starting position and returns its main line as UCI
 * moves. Accepts SAN ({@code Nf3}, {@code exd8=Q+}, {@code O-O}, {@code 0-0}, glyphs such as
 * {@code ?!} attached or apart) and UCI ({@code e2e4}, {@code h2g1Q}) tokens, with or without move
 * numbers ({@code 1.}, {@code 1...}, {@code 12.e4}); skips {@code {}} and {@code ;} comments, NAGs
 * ({@code $1}), and variations {@code (...)} to any depth. Parsing stops at the first game
 * termination marker ({@code 1-0}, {@code 0-1}, {@code 1/2-1/2}, {@code *}); text after it is ignored.
 *
 * <p>Moves are replayed on core's {@link ReplayBoard}, which accepts and refuses exactly what
 * {@link Position} does (SAN as {@link Position#sanToUci}, UCI as {@link Position#play}) at a fraction
 * of the cost. Stateless; each call replays its own game.
 */
public final class MovetextParser {

    private static final Pattern SAN_LIKE = Pattern.compile(
            "([NBRQK]?[a-h]?[1-8]?[x:-]?[a-h][1-8](=?[NBRQnbrq])?|[O0]-[O0](-[O0])?)[+#!?]*");

    private MovetextParser() {
    }

    /**
     * @param movetext the movetext, lines joined with {@code '\n'}
     * @param firstLine the 1-based line of the movetext's first line in its file, for error messages
     * @return the moves, or the first token that could not be played
     */
    public static MovetextResult parse(String movetext, long firstLine) {
        ReplayBoard board = ReplayBoard.start();
        List<String> moves = new ArrayList<>(128);
        long line = firstLine;
        int n = movetext.length();
        int i = 0;
        while (i < n) {
            char c = movetext.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '{') {
                int close = movetext.indexOf('}', i + 1);
                if (close < 0) {
                    return error(MovetextError.Problem.UNTERMINATED_COMMENT, moves, "{", line);
                }
                line += newlines(movetext, i, close);
                i = close + 1;
            } else if (c == ';') {
                int eol = movetext.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (c == '(') {
                int end = skipVariation(movetext, i);
                if (end < 0) {
                    return error(MovetextError.Problem.UNBALANCED_VARIATION, moves, "(", line);
                }
                line += newlines(movetext, i, end);
                i = end;
            } else if (c == ')') {
                return error(MovetextError.Problem.UNBALANCED_VARIATION, moves, ")", line);
            } else if (c == '}') {
                return error(MovetextError.Problem.BAD_TOKEN, moves, "}", line);
            } else if (c == '$') {
                i++;
                while (i < n && Character.isDigit(movetext.charAt(i))) {
                    i++;
                }
            } else {
                int start = i;
                while (i < n && !isDelimiter(movetext.charAt(i))) {
                    i++;
                }
                int from = afterMoveNumber(movetext, start, i);
                if (from == i) {
                    continue; // a move number alone
                }
                String token = movetext.substring(from, i);
                if (isGlyph(token)) {
                    continue;
                }
                if (isResult(token)) {
                    return new ParsedMoves(moves, Outcome.fromPgn(token));
                }
                String uci = Uci.looksLikeUci(token) ? board.playUci(token) : board.playSan(token);
                if (uci == null) {
                    return error(classify(token), moves, token, line);
                }
                moves.add(uci);
            }
        }
        return new ParsedMoves(moves, Optional.empty());
    }

    private static MovetextError.Problem classify(String token) {
        if (token.equals("--") || token.equals("Z0") || token.equals("@@@@")) {
            return MovetextError.Problem.NULL_MOVE;
        }
        if (Uci.looksLikeUci(token) || SAN_LIKE.matcher(token).matches()) {
            return MovetextError.Problem.ILLEGAL_MOVE;
        }
        return MovetextError.Problem.BAD_TOKEN;
    }

    private static MovetextError error(MovetextError.Problem problem, List<String> moves, String token, long line) {
        String shown = token.length() <= 40 ? token : token.substring(0, 40) + "...";
        return new MovetextError(problem, moves.size() + 1, shown, line);
    }

    /**
     * Skips a leading move number: {@code 12.}, {@code 12...}, {@code 12.e4} -> {@code e4}.
     *
     * @return the index in {@code s} where the token {@code [start, end)} goes on after its move number, or
     *         {@code start} if it has none (digits alone, as in {@code 1-0}, are no move number)
     */
    private static int afterMoveNumber(String s, int start, int end) {
        int i = start;
        while (i < end && Character.isDigit(s.charAt(i))) {
            i++;
        }
        int dots = i;
        while (dots < end && s.charAt(dots) == '.') {
            dots++;
        }
        return dots > i ? dots : start; // digits (possibly none, as in "...") followed by dots
    }

    /** @return whether the token is a game termination marker ({@code 1-0}, {@code 0-1}, {@code 1/2-1/2}, {@code *}, {@code ½-½}) */
    static boolean isResult(String token) {
        return token.equals("1-0") || token.equals("0-1") || token.equals("1/2-1/2") || token.equals("*")
                || token.equals("½-½");
    }

    private static boolean isGlyph(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) != '!' && token.charAt(k) != '?') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '$';
    }

    /** @return the index just after the {@code )} closing the variation opened at {@code open}, or -1 */
    private static int skipVariation(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                int close = s.indexOf('}', i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close;
            } else if (c == ';') {
                int eol = s.indexOf('\n', i);
                if (eol < 0) {
                    return -1;
                }
                i = eol;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static int newlines(String s, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                count++;
            }
        }
        return count;
    }
}
