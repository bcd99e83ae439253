package dev.transcend.core.encoding;

import dev.transcend.core.vocab.MoveVocabulary;

/**
 * The moves a board-aware model chooses among: the pseudo-legal moves of the side to move (each piece's moves by its
 * movement rules and the board's occupancy, pawn pushes, captures and promotions, castling when king and rook stand
 * on their squares with nothing between, en passant onto the square a pawn just skipped; pins and checks ignored), as {@link MoveVocabulary} token ids.
 * Training scores the data's move against these only (a softmax over candidates, the "scorer over legal moves" the
 * project's CPU pilot suggested, {@code ../shared/notes/cpu-pilot.md}), so the model spends none of its budget on
 * learning which moves exist; play samples among the truly legal moves (the arena's legal-moves protocol), a subset.
 */
public final class CandidateMoves {

    private static final MoveVocabulary VOCABULARY = MoveVocabulary.standard();
    /** Token id of from * 64 + to without promotion, -1 where no such move exists. */
    private static final int[] PLAIN = new int[64 * 64];
    /** Token id of the queen, rook, bishop, knight promotion of from * 64 + to. */
    private static final int[][] PROMOTION = new int[4][64 * 64];
    private static final String PROMOTION_LETTERS = "qrbn";

    static {
        for (int from = 0; from < 64; from++) {
            for (int to = 0; to < 64; to++) {
                String uci = name(from) + name(to);
                PLAIN[from * 64 + to] = VOCABULARY.id(uci);
                for (int p = 0; p < 4; p++) {
                    PROMOTION[p][from * 64 + to] = VOCABULARY.id(uci + PROMOTION_LETTERS.charAt(p));
                }
            }
        }
    }

    private CandidateMoves() {
    }

    /**
     * Sets, for every candidate move of {@code board}, {@code out[offset + tokenId]} to 0 (other entries untouched).
     *
     * @param board the position
     * @param out a row of V floats, e.g. an additive logit mask pre-filled with a large negative number
     * @param offset index of token id 0 of the row
     */
    public static void unmask(Board board, float[] out, int offset) {
        boolean white = board.whiteToMove();
        for (int from = 0; from < 64; from++) {
            int code = board.piece(from);
            if (code == 0 || Board.isWhite(code) != white) {
                continue;
            }
            int file = from & 7;
            int rank = from >> 3;
            switch (Board.typeOf(code)) {
                case Board.PAWN -> pawn(board, from, file, rank, white, out, offset);
                case Board.KNIGHT -> steps(board, from, file, rank, Board.KNIGHT_STEPS, white, out, offset);
                case Board.BISHOP -> slides(board, from, file, rank, Board.DIAGONALS, white, out, offset);
                case Board.ROOK -> slides(board, from, file, rank, Board.LINES, white, out, offset);
                case Board.QUEEN -> {
                    slides(board, from, file, rank, Board.DIAGONALS, white, out, offset);
                    slides(board, from, file, rank, Board.LINES, white, out, offset);
                }
                default -> {
                    steps(board, from, file, rank, Board.KING_STEPS, white, out, offset);
                    castling(board, from, white, out, offset);
                }
            }
        }
    }

    private static void pawn(Board board, int from, int file, int rank, boolean white, float[] out, int offset) {
        int dr = white ? 1 : -1;
        int r1 = rank + dr;
        if (r1 < 0 || r1 > 7) {
            return;
        }
        int ahead = r1 * 8 + file;
        if (board.piece(ahead) == 0) {
            pawnTo(from, ahead, r1, out, offset);
            int startRank = white ? 1 : 6;
            int ahead2 = (rank + 2 * dr) * 8 + file;
            if (rank == startRank && board.piece(ahead2) == 0) {
                out[offset + PLAIN[from * 64 + ahead2]] = 0f;
            }
        }
        for (int df = -1; df <= 1; df += 2) {
            int f = file + df;
            if (f < 0 || f > 7) {
                continue;
            }
            int to = r1 * 8 + f;
            int target = board.piece(to);
            if ((target != 0 && Board.isWhite(target) != white) || to == board.enPassantSquare()) {
                pawnTo(from, to, r1, out, offset);
            }
        }
    }

    private static void pawnTo(int from, int to, int toRank, float[] out, int offset) {
        if (toRank == 0 || toRank == 7) {
            for (int[] promotion : PROMOTION) {
                out[offset + promotion[from * 64 + to]] = 0f;
            }
        } else {
            out[offset + PLAIN[from * 64 + to]] = 0f;
        }
    }

    private static void steps(Board board, int from, int file, int rank, int[][] deltas, boolean white, float[] out,
                              int offset) {
        for (int[] d : deltas) {
            int f = file + d[0];
            int r = rank + d[1];
            if (f >= 0 && f < 8 && r >= 0 && r < 8) {
                target(board, from, r * 8 + f, white, out, offset);
            }
        }
    }

    private static void slides(Board board, int from, int file, int rank, int[][] directions, boolean white,
                               float[] out, int offset) {
        for (int[] d : directions) {
            int f = file + d[0];
            int r = rank + d[1];
            while (f >= 0 && f < 8 && r >= 0 && r < 8) {
                int to = r * 8 + f;
                target(board, from, to, white, out, offset);
                if (board.piece(to) != 0) {
                    break;
                }
                f += d[0];
                r += d[1];
            }
        }
    }

    /** A move to an empty square or onto an opponent's piece. */
    private static void target(Board board, int from, int to, boolean white, float[] out, int offset) {
        int code = board.piece(to);
        if (code == 0 || Board.isWhite(code) != white) {
            out[offset + PLAIN[from * 64 + to]] = 0f;
        }
    }

    private static void castling(Board board, int from, boolean white, float[] out, int offset) {
        int home = white ? 4 : 60;
        if (from != home) {
            return;
        }
        int rook = white ? 4 : 10; // piece code of the mover's rook
        if (board.piece(home + 3) == rook && board.piece(home + 1) == 0 && board.piece(home + 2) == 0) {
            out[offset + PLAIN[home * 64 + home + 2]] = 0f;
        }
        if (board.piece(home - 4) == rook && board.piece(home - 1) == 0 && board.piece(home - 2) == 0
                && board.piece(home - 3) == 0) {
            out[offset + PLAIN[home * 64 + home - 2]] = 0f;
        }
    }

    private static String name(int square) {
        return "" + (char) ('a' + (square & 7)) + (char) ('1' + (square >> 3));
    }
}
