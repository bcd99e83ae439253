package dev.transcend.core.chess;

import java.util.Arrays;

/**
 * A compact board for replaying recorded games fast: a 64-square mailbox (a1 = 0, h1 = 7, a8 = 56)
 * with incremental make-move, attack tests for check and pins, castling rights, en passant and
 * promotion. It resolves a move written in UCI or SAN to the one legal move it stands for and plays
 * it, or refuses it and stays unchanged. It accepts and refuses exactly what {@link Position} does
 * ({@link Position#play} for UCI, {@link Position#sanToUci} for SAN); a differential test in core
 * holds the two together. It knows nothing of game ends (repetition, fifty moves): those stay
 * {@link Position}'s, which the arena uses.
 *
 * <p>Why a board of its own: {@link Position} wraps a general library that recomputes a FEN and the
 * king's safety after every move, about 70% of the CPU time of preparing a dataset. Here a move costs
 * one legality test (make, look for an attack on the own king, unmake) and moves come out as cached
 * UCI strings, several million plies per second on one core.
 *
 * <p>Not thread-safe; each game owns its own board.
 */
public final class ReplayBoard {

    // piece codes: 0 empty, kind 1..6 (P N B R Q K), plus BLACK for black pieces
    private static final int PAWN = 1;
    private static final int KNIGHT = 2;
    private static final int BISHOP = 3;
    private static final int ROOK = 4;
    private static final int QUEEN = 5;
    private static final int KING = 6;
    private static final int BLACK = 8;
    private static final int KIND = 7;

    // castling rights bits
    private static final int WHITE_SHORT = 1;
    private static final int WHITE_LONG = 2;
    private static final int BLACK_SHORT = 4;
    private static final int BLACK_LONG = 8;

    private static final int A1 = 0;
    private static final int E1 = 4;
    private static final int H1 = 7;
    private static final int A8 = 56;
    private static final int E8 = 60;
    private static final int H8 = 63;

    /** Direction steps: 0-3 rook-like (N, S, E, W), 4-7 bishop-like (NE, NW, SE, SW). */
    private static final int[] FILE_STEP = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final int[] RANK_STEP = {1, -1, 0, 0, 1, 1, -1, -1};
    /** {@code RAYS[square][direction]}: the squares from {@code square} outwards, nearest first. */
    private static final int[][][] RAYS = new int[64][8][];
    private static final int[][] KNIGHT_TARGETS = new int[64][];
    private static final int[][] KING_TARGETS = new int[64][];
    /** Castling rights that stay after a move from or to each square (moving the king or a rook, capturing a rook). */
    private static final int[] RIGHTS_KEPT = new int[64];
    /** {@code UCI[from * 64 + to]}: the move without promotion, e.g. {@code e2e4}. */
    private static final String[] UCI = new String[64 * 64];
    /** {@code PROMOTION_UCI[kind][from * 64 + to]} for kinds N B R Q (rank-to-rank pairs only). */
    private static final String[][] PROMOTION_UCI = new String[KIND + 1][];

    static {
        int[][] knightSteps = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
        for (int sq = 0; sq < 64; sq++) {
            int file = sq & 7;
            int rank = sq >> 3;
            for (int d = 0; d < 8; d++) {
                int[] ray = new int[7];
                int n = 0;
                for (int f = file + FILE_STEP[d], r = rank + RANK_STEP[d]; onBoard(f, r);
                        f += FILE_STEP[d], r += RANK_STEP[d]) {
                    ray[n++] = r * 8 + f;
                }
                RAYS[sq][d] = Arrays.copyOf(ray, n);
            }
            KNIGHT_TARGETS[sq] = targets(file, rank, knightSteps);
            int[][] kingSteps = new int[8][];
            for (int d = 0; d < 8; d++) {
                kingSteps[d] = new int[] {FILE_STEP[d], RANK_STEP[d]};
            }
            KING_TARGETS[sq] = targets(file, rank, kingSteps);
            RIGHTS_KEPT[sq] = WHITE_SHORT | WHITE_LONG | BLACK_SHORT | BLACK_LONG;
        }
        RIGHTS_KEPT[E1] &= ~(WHITE_SHORT | WHITE_LONG);
        RIGHTS_KEPT[H1] &= ~WHITE_SHORT;
        RIGHTS_KEPT[A1] &= ~WHITE_LONG;
        RIGHTS_KEPT[E8] &= ~(BLACK_SHORT | BLACK_LONG);
        RIGHTS_KEPT[H8] &= ~BLACK_SHORT;
        RIGHTS_KEPT[A8] &= ~BLACK_LONG;
        for (int from = 0; from < 64; from++) {
            for (int to = 0; to < 64; to++) {
                UCI[from * 64 + to] = Uci.squareName(from) + Uci.squareName(to);
            }
        }
        for (int kind = KNIGHT; kind <= QUEEN; kind++) {
            PROMOTION_UCI[kind] = new String[64 * 64];
            char letter = "  nbrq".charAt(kind);
            for (int from = 0; from < 64; from++) {
                for (int to = 0; to < 64; to++) {
                    PROMOTION_UCI[kind][from * 64 + to] = UCI[from * 64 + to] + letter;
                }
            }
        }
    }

    private final byte[] board = new byte[64];
    /** Scratch space of {@link #origins}: at most 8 knights, or 8 queen lines, can reach one square. */
    private final int[] origins = new int[10];
    private boolean whiteToMove = true;
    private int castling = WHITE_SHORT | WHITE_LONG | BLACK_SHORT | BLACK_LONG;
    /** The square a pawn passed over on the last move's double step, or -1. */
    private int enPassant = -1;
    private int whiteKing = E1;
    private int blackKing = E8;

    private ReplayBoard() {
        int[] back = {ROOK, KNIGHT, BISHOP, QUEEN, KING, BISHOP, KNIGHT, ROOK};
        for (int file = 0; file < 8; file++) {
            board[file] = (byte) back[file];
            board[8 + file] = PAWN;
            board[48 + file] = PAWN | BLACK;
            board[56 + file] = (byte) (back[file] | BLACK);
        }
    }

    /** @return a new board at the standard starting position, white to move */
    public static ReplayBoard start() {
        return new ReplayBoard();
    }

    /** @return an independent copy of this board (for tests that try a move without playing it) */
    ReplayBoard copy() {
        ReplayBoard copy = new ReplayBoard();
        System.arraycopy(board, 0, copy.board, 0, 64);
        copy.whiteToMove = whiteToMove;
        copy.castling = castling;
        copy.enPassant = enPassant;
        copy.whiteKing = whiteKing;
        copy.blackKing = blackKing;
        return copy;
    }

    /**
     * Plays a move written in UCI, as {@link Position#play} accepts it: {@code [a-h][1-8][a-h][1-8]}
     * and a promotion letter {@code qrbn} in either case, required exactly when a pawn reaches the last
     * rank; castling as the king's move ({@code e1g1}).
     *
     * @param text the move, e.g. {@code e2e4} or {@code h2g1Q}
     * @return the move in UCI with a lower-case promotion letter, or null (board unchanged) if the text
     *         is not UCI syntax or the move is not legal here
     */
    public String playUci(String text) {
        if (!Uci.looksLikeUci(text)) {
            return null;
        }
        int from = square(text.charAt(0), text.charAt(1));
        int to = square(text.charAt(2), text.charAt(3));
        int promotion = text.length() == 5 ? kindOf(Character.toUpperCase(text.charAt(4))) : 0;
        if (!isLegal(from, to, promotion)) {
            return null;
        }
        make(from, to, promotion);
        return uci(from, to, promotion);
    }

    /**
     * Plays a move written in Standard Algebraic Notation, as {@link Position#sanToUci} resolves it:
     * check and mate signs, glyphs and an {@code e.p.} suffix are ignored, castling may be written
     * {@code O-O} or {@code 0-0}, a promotion without {@code =} or in lower case after {@code =}, a
     * missing promotion piece is taken as a queen; any pawn or piece of the named kind that matches the
     * disambiguation and can legally reach the target counts, and two such moves make the text ambiguous.
     *
     * @param san the move, e.g. {@code Nbd7}, {@code exd6}, {@code e8=Q+}, {@code O-O-O}
     * @return the move in UCI, or null (board unchanged) if it is not a legal, unambiguous move here
     */
    public String playSan(String san) {
        String s = SanText.strip(san);
        if (s.isEmpty()) {
            return null;
        }
        boolean shortCastle = SanText.isKingsideCastle(s);
        if (shortCastle || SanText.isQueensideCastle(s)) {
            int from = whiteToMove ? E1 : E8;
            int to = from + (shortCastle ? 2 : -2);
            if ((board[from] & KIND) != KING || !isLegal(from, to, 0)) {
                return null;
            }
            make(from, to, 0);
            return uci(from, to, 0);
        }
        SanText.Parsed p = SanText.parse(s);
        if (p == null) {
            return null;
        }
        int to = square(p.to().charAt(0), p.to().charAt(1));
        int kind = kindOf(p.piece());
        int promotion = p.promotion() == 0 ? 0 : kindOf(p.promotion());
        boolean promotes = kind == PAWN && (to >> 3 == 7 || to >> 3 == 0);
        if (promotes && promotion == 0) {
            promotion = QUEEN;
        }
        if (!promotes && promotion != 0) {
            return null;
        }
        int piece = kind | (whiteToMove ? 0 : BLACK);
        int count = origins(kind, piece, to);
        int found = -1;
        for (int k = 0; k < count; k++) {
            int from = origins[k];
            if (p.fromFile() != 0 && (from & 7) != p.fromFile() - 'a'
                    || p.fromRank() != 0 && (from >> 3) != p.fromRank() - '1') {
                continue;
            }
            if (isLegal(from, to, promotion)) {
                if (found >= 0) {
                    return null; // ambiguous
                }
                found = from;
            }
        }
        if (found < 0) {
            return null;
        }
        make(found, to, promotion);
        return uci(found, to, promotion);
    }

    /**
     * Collects into {@link #origins} the squares holding {@code piece} from which it could reach {@code to} by its
     * geometry, a superset of the legal origins (each is then tested with {@link #isLegal}): the squares a knight or
     * king step away, the first piece along each line from {@code to} for sliders, the squares behind and diagonally
     * behind for pawns, and the home square for a king moving two squares (castling written {@code Kg1}).
     *
     * @return how many were collected
     */
    private int origins(int kind, int piece, int to) {
        int count = 0;
        switch (kind) {
            case KNIGHT, KING -> {
                for (int sq : kind == KNIGHT ? KNIGHT_TARGETS[to] : KING_TARGETS[to]) {
                    if (board[sq] == piece) {
                        origins[count++] = sq;
                    }
                }
                int home = whiteToMove ? E1 : E8;
                if (kind == KING && board[home] == piece && to >> 3 == home >> 3 && Math.abs(to - home) == 2) {
                    origins[count++] = home;
                }
            }
            case PAWN -> {
                int back = whiteToMove ? -8 : 8;
                int file = to & 7;
                for (int sq : new int[] {to + back, to + 2 * back, file > 0 ? to + back - 1 : -1, file < 7 ? to + back + 1 : -1}) {
                    if (sq >= 0 && sq < 64 && board[sq] == piece) {
                        origins[count++] = sq;
                    }
                }
            }
            default -> {
                int first = kind == BISHOP ? 4 : 0;
                int last = kind == ROOK ? 4 : 8;
                for (int d = first; d < last; d++) {
                    for (int sq : RAYS[to][d]) {
                        if (board[sq] != 0) {
                            if (board[sq] == piece) {
                                origins[count++] = sq;
                            }
                            break;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** @return whether the move (promotion kind or 0) is legal for the side to move */
    private boolean isLegal(int from, int to, int promotion) {
        int piece = board[from];
        if (piece == 0 || isBlack(piece) == whiteToMove || from == to) {
            return false;
        }
        int target = board[to];
        if (target != 0 && isBlack(target) != whiteToMove) {
            return false; // own piece on the target square
        }
        int kind = piece & KIND;
        int lastRank = whiteToMove ? 7 : 0;
        if (kind == PAWN) {
            if ((to >> 3 == lastRank) != (promotion != 0)) {
                return false;
            }
        } else if (promotion != 0) {
            return false;
        }
        if (kind == KING && Math.abs((to & 7) - (from & 7)) == 2 && to >> 3 == from >> 3) {
            return isLegalCastle(from, to);
        }
        if (!reaches(kind, from, to, target)) {
            return false;
        }
        // make the move on the board, look for an attack on the own king, take it back
        int captureSquare = to;
        if (kind == PAWN && to == enPassant && target == 0) {
            captureSquare = to + (whiteToMove ? -8 : 8);
        }
        byte captured = board[captureSquare];
        board[captureSquare] = 0;
        board[to] = (byte) piece;
        board[from] = 0;
        int king = kind == KING ? to : whiteToMove ? whiteKing : blackKing;
        boolean safe = !isAttacked(king, !whiteToMove);
        board[from] = (byte) piece;
        board[to] = 0;
        board[captureSquare] = captured;
        return safe;
    }

    /** @return whether a piece of {@code kind} on {@code from} moves to {@code to} by its geometry (target not own) */
    private boolean reaches(int kind, int from, int to, int target) {
        int df = (to & 7) - (from & 7);
        int dr = (to >> 3) - (from >> 3);
        switch (kind) {
            case PAWN -> {
                int forward = whiteToMove ? 1 : -1;
                if (df == 0) {
                    if (target != 0) {
                        return false;
                    }
                    if (dr == forward) {
                        return true;
                    }
                    int startRank = whiteToMove ? 1 : 6;
                    return dr == 2 * forward && from >> 3 == startRank && board[from + 8 * forward] == 0;
                }
                return Math.abs(df) == 1 && dr == forward && (target != 0 || to == enPassant);
            }
            case KNIGHT -> {
                int adf = Math.abs(df);
                int adr = Math.abs(dr);
                return adf == 1 && adr == 2 || adf == 2 && adr == 1;
            }
            case KING -> {
                return Math.abs(df) <= 1 && Math.abs(dr) <= 1;
            }
            case BISHOP -> {
                return Math.abs(df) == Math.abs(dr) && pathClear(from, to, df, dr);
            }
            case ROOK -> {
                return (df == 0 || dr == 0) && pathClear(from, to, df, dr);
            }
            case QUEEN -> {
                return (df == 0 || dr == 0 || Math.abs(df) == Math.abs(dr)) && pathClear(from, to, df, dr);
            }
            default -> {
                return false;
            }
        }
    }

    /** @return whether the squares strictly between {@code from} and {@code to} on a line are empty */
    private boolean pathClear(int from, int to, int df, int dr) {
        int step = Integer.signum(dr) * 8 + Integer.signum(df);
        for (int sq = from + step; sq != to; sq += step) {
            if (board[sq] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The king two squares towards a rook: rights kept, squares between empty, no attacked square crossed. */
    private boolean isLegalCastle(int from, int to) {
        boolean white = whiteToMove;
        int home = white ? E1 : E8;
        if (from != home) {
            return false;
        }
        boolean kingside = to > from;
        int right = white ? (kingside ? WHITE_SHORT : WHITE_LONG) : (kingside ? BLACK_SHORT : BLACK_LONG);
        if ((castling & right) == 0) {
            return false;
        }
        int rook = home + (kingside ? H1 - E1 : A1 - E1);
        if (board[rook] != (ROOK | (white ? 0 : BLACK))) {
            return false;
        }
        int step = kingside ? 1 : -1;
        for (int sq = from + step; sq != rook; sq += step) {
            if (board[sq] != 0) {
                return false;
            }
        }
        return !isAttacked(from, !white) && !isAttacked(from + step, !white) && !isAttacked(to, !white);
    }

    /** @return whether {@code square} is attacked by a piece of the given side (pins ignored, as for check) */
    private boolean isAttacked(int square, boolean byWhite) {
        int side = byWhite ? 0 : BLACK;
        for (int sq : KNIGHT_TARGETS[square]) {
            if (board[sq] == (KNIGHT | side)) {
                return true;
            }
        }
        for (int sq : KING_TARGETS[square]) {
            if (board[sq] == (KING | side)) {
                return true;
            }
        }
        int file = square & 7;
        int pawnRank = (square >> 3) + (byWhite ? -1 : 1); // the rank an attacking pawn stands on
        if (pawnRank >= 0 && pawnRank <= 7) {
            int pawn = PAWN | side;
            if (file > 0 && board[pawnRank * 8 + file - 1] == pawn || file < 7 && board[pawnRank * 8 + file + 1] == pawn) {
                return true;
            }
        }
        int[][] rays = RAYS[square];
        for (int d = 0; d < 8; d++) {
            int slider = d < 4 ? ROOK : BISHOP;
            for (int sq : rays[d]) {
                int piece = board[sq];
                if (piece != 0) {
                    if ((piece & BLACK) == side && ((piece & KIND) == slider || (piece & KIND) == QUEEN)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** Plays a legal move: captures (en passant too), the castling rook, promotion, rights and en passant square. */
    private void make(int from, int to, int promotion) {
        int piece = board[from];
        int kind = piece & KIND;
        int side = piece & BLACK;
        if (kind == PAWN && to == enPassant && board[to] == 0) {
            board[to + (whiteToMove ? -8 : 8)] = 0;
        }
        board[to] = (byte) (promotion != 0 ? promotion | side : piece);
        board[from] = 0;
        if (kind == KING) {
            if (Math.abs(to - from) == 2) {
                int rookFrom = to > from ? from + 3 : from - 4;
                int rookTo = to > from ? from + 1 : from - 1;
                board[rookTo] = board[rookFrom];
                board[rookFrom] = 0;
            }
            if (whiteToMove) {
                whiteKing = to;
            } else {
                blackKing = to;
            }
        }
        castling &= RIGHTS_KEPT[from] & RIGHTS_KEPT[to];
        enPassant = kind == PAWN && Math.abs(to - from) == 16 ? (from + to) / 2 : -1;
        whiteToMove = !whiteToMove;
    }

    private static String uci(int from, int to, int promotion) {
        return promotion == 0 ? UCI[from * 64 + to] : PROMOTION_UCI[promotion][from * 64 + to];
    }

    private static boolean isBlack(int piece) {
        return (piece & BLACK) != 0;
    }

    private static int square(char file, char rank) {
        return (rank - '1') * 8 + (file - 'a');
    }

    /** @param letter one of {@code P N B R Q K} */
    private static int kindOf(char letter) {
        return switch (letter) {
            case 'P' -> PAWN;
            case 'N' -> KNIGHT;
            case 'B' -> BISHOP;
            case 'R' -> ROOK;
            case 'Q' -> QUEEN;
            case 'K' -> KING;
            default -> throw new IllegalArgumentException("not a piece letter: " + letter);
        };
    }

    private static boolean onBoard(int file, int rank) {
        return file >= 0 && file < 8 && rank >= 0 && rank < 8;
    }

    private static int[] targets(int file, int rank, int[][] steps) {
        int[] out = new int[steps.length];
        int n = 0;
        for (int[] step : steps) {
            if (onBoard(file + step[0], rank + step[1])) {
                out[n++] = (rank + step[1]) * 8 + file + step[0];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
