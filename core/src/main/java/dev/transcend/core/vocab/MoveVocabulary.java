package dev.transcend.core.vocab;

import dev.transcend.core.chess.Uci;
import dev.transcend.core.io.Sha256;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed move vocabulary: one token per UCI move that can ever be legal, plus special tokens.
 *
 * <p>Moves are every from-to pair a queen can make on an empty board (1456), every knight jump
 * (336), and every pawn promotion to N/B/R/Q from the 7th to the 8th rank and from the 2nd to the
 * 1st, straight or capturing (176). King moves, castling ({@code e1g1}) and all pawn moves are
 * queen moves, so the set covers every legal chess move. Token ids are stable: special tokens
 * first, then moves ordered by from-square, to-square and promotion, so a checkpoint's ids stay
 * valid as long as {@link #fingerprint()} matches.
 */
public final class MoveVocabulary {

    /** Padding after the end of a game; never a target. */
    public static final int PAD = 0;
    /** Beginning of a game: the first input of every sequence, at training and at play time. */
    public static final int BOS = 1;
    /** Number of special tokens before the first move token. */
    public static final int SPECIAL_TOKENS = 2;

    private static final String[] SPECIAL_NAMES = {"<pad>", "<bos>"};
    private static final MoveVocabulary STANDARD = new MoveVocabulary();

    private final List<String> tokens;
    private final Map<String, Integer> ids;
    private final String fingerprint;

    private MoveVocabulary() {
        List<String> list = new ArrayList<>(List.of(SPECIAL_NAMES));
        for (int from = 0; from < 64; from++) {
            for (int to = 0; to < 64; to++) {
                if (from != to && (isQueenMove(from, to) || isKnightMove(from, to))) {
                    list.add(Uci.squareName(from) + Uci.squareName(to));
                }
                if (isPromotion(from, to)) {
                    for (char piece : new char[] {'q', 'r', 'b', 'n'}) {
                        list.add(Uci.squareName(from) + Uci.squareName(to) + piece);
                    }
                }
            }
        }
        this.tokens = Collections.unmodifiableList(list);
        this.ids = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            ids.put(list.get(i), i);
        }
        this.fingerprint = Sha256.ofText(String.join("\n", list));
    }

    /** @return the standard vocabulary (1970 tokens) */
    public static MoveVocabulary standard() {
        return STANDARD;
    }

    /** @return number of tokens, special tokens included */
    public int size() {
        return tokens.size();
    }

    /**
     * @param uci a move in UCI notation, promotion letter in lower case
     * @return its token id, or -1 if the move is not in the vocabulary
     */
    public int id(String uci) {
        Integer id = ids.get(uci);
        return id == null ? -1 : id;
    }

    /** @return the UCI move (or special token name such as {@code <bos>}) of a token id */
    public String token(int id) {
        return tokens.get(id);
    }

    /** @return whether {@code id} is a move token rather than a special token */
    public boolean isMove(int id) {
        return id >= SPECIAL_TOKENS && id < tokens.size();
    }

    /** @return SHA-256 of the ordered token list, stored in datasets and checkpoints to detect a mismatch */
    public String fingerprint() {
        return fingerprint;
    }

    private static boolean isQueenMove(int from, int to) {
        int df = Math.abs((from & 7) - (to & 7));
        int dr = Math.abs((from >> 3) - (to >> 3));
        return df == 0 || dr == 0 || df == dr;
    }

    private static boolean isKnightMove(int from, int to) {
        int df = Math.abs((from & 7) - (to & 7));
        int dr = Math.abs((from >> 3) - (to >> 3));
        return (df == 1 && dr == 2) || (df == 2 && dr == 1);
    }

    private static boolean isPromotion(int from, int to) {
        int df = Math.abs((from & 7) - (to & 7));
        int fromRank = from >> 3;
        int toRank = to >> 3;
        boolean white = fromRank == 6 && toRank == 7;
        boolean black = fromRank == 1 && toRank == 0;
        return (white || black) && df <= 1;
    }
}
