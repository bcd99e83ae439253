package dev.transcend.core.encoding;

/**
 * The input features of one position for board-aware encodings: what a player sees on the board before choosing a
 * move, as {@link #COUNT} floats, written relative to the side to move ("mover") on absolute squares (index
 * {@code plane * 64 + square}, a1 = 0, h8 = 63; see {@link Board}).
 *
 * <table>
 *   <caption>Layout</caption>
 *   <tr><th>planes</th><th>floats</th><th>value per square</th></tr>
 *   <tr><td>0..5</td><td>384</td><td>1 where the mover has a pawn, knight, bishop, rook, queen, king</td></tr>
 *   <tr><td>6..11</td><td>384</td><td>the same for the opponent's pieces</td></tr>
 *   <tr><td>12</td><td>64</td><td>mover's attackers of the square, min(count, 3) / 3</td></tr>
 *   <tr><td>13</td><td>64</td><td>opponent's attackers of the square, min(count, 3) / 3</td></tr>
 *   <tr><td>14</td><td>64</td><td>capture gain: an opponent piece the mover attacks, value / 9 if undefended, else
 *       max(0, value - cheapest attacker) / 9</td></tr>
 *   <tr><td>15</td><td>64</td><td>threat: a mover's piece the opponent attacks, valued the same way</td></tr>
 *   <tr><td>-</td><td>2</td><td>1 if white is to move; 1 if the mover is in check</td></tr>
 * </table>
 * Piece values are the textbook 1, 3, 3, 5, 9 (pawn .. queen); a king is never a capture target and counts as the
 * most expensive attacker. Planes 12-15 are the "tactical inputs" the project's CPU pilot suggested
 * ({@code ../shared/notes/cpu-pilot.md}): with piece-square planes alone a small network learned legal moves but
 * hardly which captures win material. Attacks are pseudo-legal (pins ignored), as in a static exchange estimate.
 */
public final class BoardFeatures {

    /** Piece-square planes (12), attack and exchange planes (4). */
    public static final int PLANES = 16;
    /** Floats per position: 16 planes of 64 squares and 2 flags. */
    public static final int COUNT = PLANES * 64 + 2;

    private static final int[] VALUE = {1, 3, 3, 5, 9, 0};
    private static final int[] ATTACKER_VALUE = {1, 3, 3, 5, 9, 100};

    private BoardFeatures() {
    }

    /**
     * Writes the features of {@code board} into {@code out[offset .. offset + COUNT)}; every float there is set.
     *
     * @param board the position
     * @param out destination
     * @param offset first index written
     */
    public static void write(Board board, float[] out, int offset) {
        java.util.Arrays.fill(out, offset, offset + COUNT, 0f);
        boolean whiteMoves = board.whiteToMove();
        int[] count = new int[128];          // [side * 64 + square], side 0 = mover, 1 = opponent
        int[] cheapest = new int[128];
        java.util.Arrays.fill(cheapest, Integer.MAX_VALUE);
        int moverKing = -1;
        for (int sq = 0; sq < 64; sq++) {
            int code = board.piece(sq);
            if (code == 0) {
                continue;
            }
            int type = Board.typeOf(code);
            boolean mine = Board.isWhite(code) == whiteMoves;
            out[offset + ((mine ? 0 : 6) + type) * 64 + sq] = 1f;
            if (mine && type == Board.KING) {
                moverKing = sq;
            }
            attacks(board, sq, code, mine ? 0 : 64, ATTACKER_VALUE[type], count, cheapest);
        }
        int attacks = offset + 12 * 64;
        for (int sq = 0; sq < 64; sq++) {
            out[attacks + sq] = Math.min(count[sq], 3) / 3f;
            out[attacks + 64 + sq] = Math.min(count[64 + sq], 3) / 3f;
            int code = board.piece(sq);
            if (code == 0 || Board.typeOf(code) == Board.KING) {
                continue;
            }
            int value = VALUE[Board.typeOf(code)];
            boolean mine = Board.isWhite(code) == whiteMoves;
            int attacker = mine ? 64 : 0;
            int defender = mine ? 0 : 64;
            if (count[attacker + sq] > 0) {
                int gain = count[defender + sq] == 0 ? value : Math.max(0, value - cheapest[attacker + sq]);
                out[attacks + (mine ? 3 : 2) * 64 + sq] = gain / 9f;
            }
        }
        out[offset + PLANES * 64] = whiteMoves ? 1f : 0f;
        out[offset + PLANES * 64 + 1] = moverKing >= 0 && count[64 + moverKing] > 0 ? 1f : 0f;
    }

    /** Adds the squares attacked by the piece {@code code} on {@code from} to {@code count[side + square]}. */
    private static void attacks(Board board, int from, int code, int side, int value, int[] count, int[] cheapest) {
        int file = from & 7;
        int rank = from >> 3;
        switch (Board.typeOf(code)) {
            case Board.PAWN -> {
                int dr = Board.isWhite(code) ? 1 : -1;
                mark(file - 1, rank + dr, side, value, count, cheapest);
                mark(file + 1, rank + dr, side, value, count, cheapest);
            }
            case Board.KNIGHT -> {
                for (int[] d : Board.KNIGHT_STEPS) {
                    mark(file + d[0], rank + d[1], side, value, count, cheapest);
                }
            }
            case Board.KING -> {
                for (int[] d : Board.KING_STEPS) {
                    mark(file + d[0], rank + d[1], side, value, count, cheapest);
                }
            }
            case Board.BISHOP -> rays(board, file, rank, Board.DIAGONALS, side, value, count, cheapest);
            case Board.ROOK -> rays(board, file, rank, Board.LINES, side, value, count, cheapest);
            default -> {
                rays(board, file, rank, Board.DIAGONALS, side, value, count, cheapest);
                rays(board, file, rank, Board.LINES, side, value, count, cheapest);
            }
        }
    }

    private static void rays(Board board, int file, int rank, int[][] directions, int side, int value, int[] count,
                             int[] cheapest) {
        for (int[] d : directions) {
            int f = file + d[0];
            int r = rank + d[1];
            while (f >= 0 && f < 8 && r >= 0 && r < 8) {
                mark(f, r, side, value, count, cheapest);
                if (board.piece(r * 8 + f) != 0) {
                    break;
                }
                f += d[0];
                r += d[1];
            }
        }
    }

    private static void mark(int file, int rank, int side, int value, int[] count, int[] cheapest) {
        if (file < 0 || file > 7 || rank < 0 || rank > 7) {
            return;
        }
        int i = side + rank * 8 + file;
        count[i]++;
        cheapest[i] = Math.min(cheapest[i], value);
    }
}
