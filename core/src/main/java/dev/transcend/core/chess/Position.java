package dev.transcend.core.chess;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import io.github.wolfraam.chessgame.ChessGame;
import io.github.wolfraam.chessgame.board.PieceType;
import io.github.wolfraam.chessgame.board.Side;
import io.github.wolfraam.chessgame.board.Square;
import io.github.wolfraam.chessgame.move.Move;
import io.github.wolfraam.chessgame.notation.NotationType;
import io.github.wolfraam.chessgame.result.ChessGameResult;
import io.github.wolfraam.chessgame.result.ChessGameResultType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A game in progress from the standard starting position: the only place transcend touches a
 * chess-rules library ({@code io.github.wolfraam:chessgame}), so it can be swapped without changing
 * callers. Moves go in and out as UCI strings ({@code e2e4}, {@code e7e8q}, castling as
 * {@code e1g1}).
 *
 * <p>Not thread-safe; each game owns its own {@code Position}.
 */
public final class Position {

    private final ChessGame game;

    private Position(ChessGame game) {
        this.game = game;
    }

    /** @return a new game at the standard starting position */
    public static Position start() {
        return new Position(new ChessGame());
    }

    /**
     * Replays UCI moves from the starting position.
     *
     * @param uciMoves moves in UCI notation
     * @return the position after those moves
     * @throws IllegalArgumentException if a move is malformed or illegal, naming its ply
     */
    public static Position afterMoves(List<String> uciMoves) {
        Position position = start();
        for (String move : uciMoves) {
            if (!position.isLegal(move)) {
                throw new IllegalArgumentException("illegal move " + move + " at ply " + (position.ply() + 1)
                        + " after " + position.fen());
            }
            position.play(move);
        }
        return position;
    }

    /** @return an independent copy of this game */
    public Position copy() {
        return new Position(game.clone());
    }

    /** @return number of half-moves played so far */
    public int ply() {
        return game.getMoves().size();
    }

    /** @return the colour to move */
    public Color sideToMove() {
        return game.getSideToMove() == Side.WHITE ? Color.WHITE : Color.BLACK;
    }

    /** @return the position in Forsyth-Edwards Notation */
    public String fen() {
        return game.getFen();
    }

    /** @return the moves played so far in UCI notation, in order */
    public List<String> movesUci() {
        List<String> out = new ArrayList<>(ply());
        for (Move m : game.getMoves()) {
            out.add(toUci(m));
        }
        return out;
    }

    /** @return all legal moves in UCI notation, sorted, for the side to move */
    public List<String> legalMoves() {
        List<String> out = new ArrayList<>();
        for (Move m : game.getLegalMoves()) {
            out.add(toUci(m));
        }
        out.sort(null);
        return out;
    }

    /**
     * @param uci a move in UCI notation (promotion letter in either case)
     * @return whether it is well-formed and legal here
     */
    public boolean isLegal(String uci) {
        Move move = toMove(uci);
        return move != null && game.isLegalMove(move);
    }

    /**
     * Plays a legal move.
     *
     * @param uci a legal move in UCI notation
     * @throws IllegalArgumentException if the move is malformed or illegal here
     */
    public void play(String uci) {
        Move move = toMove(uci);
        if (move == null || !game.isLegalMove(move)) {
            throw new IllegalArgumentException("illegal move " + uci + " in " + fen());
        }
        game.playMove(move);
    }

    /**
     * @param uci a legal move in UCI notation
     * @return the move in Standard Algebraic Notation, e.g. {@code Nf3}, {@code exd8=Q+}, {@code O-O}
     * @throws IllegalArgumentException if the move is malformed or illegal here
     */
    public String san(String uci) {
        Move move = toMove(uci);
        if (move == null || !game.isLegalMove(move)) {
            throw new IllegalArgumentException("illegal move " + uci + " in " + fen());
        }
        return game.getNotation(NotationType.SAN, move);
    }

    /**
     * Resolves a move written in Standard Algebraic Notation against this position. Tolerates what
     * real PGN files contain: check and mate signs, {@code !?}-style glyphs, {@code 0-0} castling,
     * promotions without {@code =} or in lower case, and missing promotion piece (taken as queen).
     *
     * @param san a move such as {@code Nbd7}, {@code exd6}, {@code e8=Q+}, {@code O-O-O}
     * @return the legal move in UCI notation, or empty if the text is not a legal, unambiguous move here
     */
    public Optional<String> sanToUci(String san) {
        String s = SanText.strip(san);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Side side = game.getSideToMove();
        if (SanText.isKingsideCastle(s) || SanText.isQueensideCastle(s)) {
            String rank = side == Side.WHITE ? "1" : "8";
            String uci = "e" + rank + (SanText.isKingsideCastle(s) ? "g" : "c") + rank;
            return isLegal(uci) && isKingOn("e" + rank) ? Optional.of(uci) : Optional.empty();
        }
        SanText.Parsed p = SanText.parse(s);
        if (p == null) {
            return Optional.empty();
        }
        Square to = Square.fromName(p.to());
        PieceType promotion = p.promotion() == 0 ? null : pieceType(p.promotion());
        io.github.wolfraam.chessgame.board.Piece piece = io.github.wolfraam.chessgame.board.Piece.fromPieceTypeAndSide(
                pieceType(p.piece()), side);
        boolean promotes = piece.pieceType == PieceType.PAWN && (to.y == 7 || to.y == 0);
        if (promotes && promotion == null) {
            promotion = PieceType.QUEEN;
        }
        if (!promotes && promotion != null) {
            return Optional.empty();
        }
        Move found = null;
        for (Square from : game.getSquares(piece)) {
            if (p.fromFile() != 0 && from.file.charAt(0) != p.fromFile()) {
                continue;
            }
            if (p.fromRank() != 0 && from.row.charAt(0) != p.fromRank()) {
                continue;
            }
            Move candidate = new Move(from, to, promotion);
            if (game.isLegalMove(candidate)) {
                if (found != null) {
                    return Optional.empty(); // ambiguous
                }
                found = candidate;
            }
        }
        return Optional.ofNullable(found).map(Position::toUci);
    }

    /**
     * Checks the rules for an end of game: checkmate, stalemate, insufficient material, the
     * fifty-move rule and threefold repetition (the last two applied automatically, as arbiters of
     * engine matches do).
     *
     * @return how the game ended, or empty while it goes on
     */
    public Optional<GameEnd> end() {
        ChessGameResult result = game.getGameResult();
        if (result == null) {
            return Optional.empty();
        }
        if (result.chessGameResultType != ChessGameResultType.DRAW) {
            Outcome outcome = result.chessGameResultType == ChessGameResultType.WHITE_WINS
                    ? Outcome.WHITE_WIN : Outcome.BLACK_WIN;
            return Optional.of(new GameEnd(outcome, Termination.CHECKMATE));
        }
        Termination termination = switch (result.drawType) {
            case STALE_MATE -> Termination.STALEMATE;
            case INSUFFICIENT_MATERIAL -> Termination.INSUFFICIENT_MATERIAL;
            case FIFTY_MOVE_RULE -> Termination.FIFTY_MOVE_RULE;
            case THREEFOLD_REPETITION -> Termination.THREEFOLD_REPETITION;
        };
        return Optional.of(new GameEnd(Outcome.DRAW, termination));
    }

    /**
     * @param square a square name such as {@code e4}
     * @return the piece standing there, or empty for an empty square
     * @throws IllegalArgumentException if the name is not a square
     */
    public Optional<Piece> pieceAt(String square) {
        if (!Uci.isSquare(square)) {
            throw new IllegalArgumentException("not a square: " + square);
        }
        io.github.wolfraam.chessgame.board.Piece piece = game.getPiece(Square.fromName(square));
        if (piece == null) {
            return Optional.empty();
        }
        return Optional.of(new Piece(piece.side == Side.WHITE ? Color.WHITE : Color.BLACK, kind(piece.pieceType)));
    }

    /** @return whether the side to move is in check */
    public boolean inCheck() {
        return game.isKingAttacked();
    }

    /**
     * @param uci a legal move in UCI notation
     * @return whether it captures a piece (en passant included)
     * @throws IllegalArgumentException if the move is malformed or illegal here
     */
    public boolean isCapture(String uci) {
        Move move = legal(uci);
        if (game.getPiece(move.to) != null) {
            return true;
        }
        io.github.wolfraam.chessgame.board.Piece mover = game.getPiece(move.from);
        return mover.pieceType == PieceType.PAWN && move.from.x != move.to.x; // a diagonal pawn move to an empty square
    }

    /**
     * @param uci a legal move in UCI notation
     * @return whether it checks the opponent's king
     * @throws IllegalArgumentException if the move is malformed or illegal here
     */
    public boolean givesCheck(String uci) {
        Move move = legal(uci);
        ChessGame after = game.clone();
        after.playMove(move);
        return after.isKingAttacked();
    }

    /**
     * Whether the opponent of the side to move could capture on {@code square} if it were its turn: a legal capture
     * by any of its pieces after passing the move (no en passant), so an attacker pinned to its own king does not count.
     *
     * @param square a square name such as {@code d1}
     * @return whether the side not to move attacks it
     * @throws IllegalArgumentException if the name is not a square
     */
    public boolean isAttackedByOpponent(String square) {
        if (!Uci.isSquare(square)) {
            throw new IllegalArgumentException("not a square: " + square);
        }
        String[] fields = game.getFen().split(" ");
        fields[1] = fields[1].equals("w") ? "b" : "w";
        fields[3] = "-";
        ChessGame passed = new ChessGame(String.join(" ", fields));
        Square target = Square.fromName(square);
        for (Move m : passed.getLegalMoves()) {
            if (m.to == target) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param color a side
     * @param kind a piece kind
     * @return the squares where that side has such pieces, sorted by name
     */
    public List<String> squaresOf(Color color, PieceKind kind) {
        Side side = color == Color.WHITE ? Side.WHITE : Side.BLACK;
        List<String> out = new ArrayList<>();
        for (Square square : game.getSquares(io.github.wolfraam.chessgame.board.Piece.fromPieceTypeAndSide(
                pieceType(kind), side))) {
            out.add(square.name);
        }
        out.sort(null);
        return out;
    }

    private Move legal(String uci) {
        Move move = toMove(uci);
        if (move == null || !game.isLegalMove(move)) {
            throw new IllegalArgumentException("illegal move " + uci + " in " + fen());
        }
        return move;
    }

    private static PieceKind kind(PieceType type) {
        return switch (type) {
            case PAWN -> PieceKind.PAWN;
            case KNIGHT -> PieceKind.KNIGHT;
            case BISHOP -> PieceKind.BISHOP;
            case ROOK -> PieceKind.ROOK;
            case QUEEN -> PieceKind.QUEEN;
            case KING -> PieceKind.KING;
        };
    }

    private static PieceType pieceType(PieceKind kind) {
        return switch (kind) {
            case PAWN -> PieceType.PAWN;
            case KNIGHT -> PieceType.KNIGHT;
            case BISHOP -> PieceType.BISHOP;
            case ROOK -> PieceType.ROOK;
            case QUEEN -> PieceType.QUEEN;
            case KING -> PieceType.KING;
        };
    }

    private boolean isKingOn(String square) {
        io.github.wolfraam.chessgame.board.Piece piece = game.getPiece(Square.fromName(square));
        return piece != null && piece.pieceType == PieceType.KING;
    }

    private static Move toMove(String uci) {
        if (uci == null || !Uci.looksLikeUci(uci)) {
            return null;
        }
        Square from = Square.fromName(uci.substring(0, 2));
        Square to = Square.fromName(uci.substring(2, 4));
        PieceType promotion = uci.length() == 5 ? pieceType(Character.toUpperCase(uci.charAt(4))) : null;
        return new Move(from, to, promotion);
    }

    private static String toUci(Move m) {
        String base = m.from.name + m.to.name;
        if (m.promotion == null) {
            return base;
        }
        return base + switch (m.promotion) {
            case QUEEN -> 'q';
            case ROOK -> 'r';
            case BISHOP -> 'b';
            case KNIGHT -> 'n';
            default -> throw new IllegalStateException("bad promotion " + m.promotion);
        };
    }

    /** @param letter one of {@code P N B R Q K} */
    private static PieceType pieceType(char letter) {
        return switch (letter) {
            case 'P' -> PieceType.PAWN;
            case 'N' -> PieceType.KNIGHT;
            case 'B' -> PieceType.BISHOP;
            case 'R' -> PieceType.ROOK;
            case 'Q' -> PieceType.QUEEN;
            case 'K' -> PieceType.KING;
            default -> throw new IllegalArgumentException("not a piece letter: " + letter);
        };
    }
}
