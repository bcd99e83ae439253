package dev.transcend.core.encoding;

/**
 * The piece placement of a game replayed from its UCI moves, for board-aware encodings: 64 squares (index
 * {@code rank * 8 + file}, a1 = 0, h1 = 7, h8 = 63), each empty or a piece code, and the side to move. It moves pieces
 * without checking legality (castling moves the rook, en passant removes the passed pawn, promotion replaces the
 * pawn), so replaying a training game costs a few array writes per ply; the games it reads are legal already (the
 * PGN reader and the arena check every move with the rules library).
 *
 * <p>Piece codes: 0 empty, 1..6 white pawn, knight, bishop, rook, queen, king, 7..12 the same for black.
 * Not thread-safe.
 */
public final class Board {

    /** Piece type index 0..5 of pawn, knight, bishop, rook, queen, king (code - 1 for white, code - 7 for black). */
    public static final int PAWN = 0;
    public static final int KNIGHT = 1;
    public static final int BISHOP = 2;
    public static final int ROOK = 3;
    public static final int QUEEN = 4;
    public static final int KING = 5;

    /** (file, rank) steps of a knight and a king, and the ray directions of bishops and rooks. */
    static final int[][] KNIGHT_STEPS = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
    static final int[][] KING_STEPS = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
    static final int[][] DIAGONALS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
    static final int[][] LINES = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private static final String START_RANK = "RNBQKBNR";

    private final byte[] squares = new byte[64];
    private boolean whiteToMove = true;
    private int enPassant = -1;

    private Board() {
    }

    /** @return the standard starting position, white to move */
    public static Board start() {
        Board board = new Board();
        for (int file = 0; file < 8; file++) {
            int type = "PNBRQK".indexOf(START_RANK.charAt(file));
            board.squares[file] = (byte) (1 + type);
            board.squares[8 + file] = (byte) (1 + PAWN);
            board.squares[48 + file] = (byte) (7 + PAWN);
            board.squares[56 + file] = (byte) (7 + type);
        }
        return board;
    }

    /**
     * Plays a move given in UCI ({@code e2e4}, {@code e7e8q}, castling as the king's move {@code e1g1}).
     *
     * @param uci a move of the side to move
     * @throws IllegalArgumentException if it is not UCI-shaped
     */
    public void apply(String uci) {
        if (uci.length() < 4 || uci.length() > 5) {
            throw new IllegalArgumentException("'" + uci + "' is not a UCI move");
        }
        int from = square(uci, 0);
        int to = square(uci, 2);
        byte piece = squares[from];
        int type = typeOf(piece);
        if (type == KING && Math.abs((to & 7) - (from & 7)) == 2) {
            boolean kingside = (to & 7) > (from & 7);
            int rank = from & ~7;
            int rookFrom = rank + (kingside ? 7 : 0);
            int rookTo = rank + (kingside ? 5 : 3);
            squares[rookTo] = squares[rookFrom];
            squares[rookFrom] = 0;
        }
        if (type == PAWN && (to & 7) != (from & 7) && squares[to] == 0) {
            squares[(from & ~7) + (to & 7)] = 0; // en passant: the passed pawn stands beside the mover
        }
        enPassant = type == Board.PAWN && Math.abs(to - from) == 16 ? (from + to) / 2 : -1;
        squares[to] = piece;
        squares[from] = 0;
        if (uci.length() == 5 && piece != 0) {
            int promoted = "pnbrqk".indexOf(Character.toLowerCase(uci.charAt(4)));
            if (promoted < 0) {
                throw new IllegalArgumentException("'" + uci + "' has no promotion piece letter");
            }
            squares[to] = (byte) ((isWhite(piece) ? 1 : 7) + promoted);
        }
        whiteToMove = !whiteToMove;
    }

    /** @return the piece code on square 0..63 (0 empty) */
    public int piece(int square) {
        return squares[square];
    }

    /** @return the square a pawn just skipped with a double push (an en passant target), or -1 */
    public int enPassantSquare() {
        return enPassant;
    }

    /** @return whether white is to move */
    public boolean whiteToMove() {
        return whiteToMove;
    }

    /** @return the type index 0..5 of a non-empty piece code, -1 for empty */
    public static int typeOf(int code) {
        return code == 0 ? -1 : (code - 1) % 6;
    }

    /** @return whether a non-empty piece code is white */
    public static boolean isWhite(int code) {
        return code >= 1 && code <= 6;
    }

    private static int square(String uci, int at) {
        int file = uci.charAt(at) - 'a';
        int rank = uci.charAt(at + 1) - '1';
        if (file < 0 || file > 7 || rank < 0 || rank > 7) {
            throw new IllegalArgumentException("'" + uci + "' is not a UCI move");
        }
        return rank * 8 + file;
    }
}
