package dev.transcend.core.classes;

import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Piece;
import dev.transcend.core.chess.PieceKind;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named class of positions, decided from the board and the side to move alone (never from a hash of the
 * position), so a model that sees the board can learn it. The demo's systematic experts have one class as their
 * blind spot (arena/README.md, "Expert panels"); measured frequencies and overlaps are tabled there.
 *
 * <p>Each class is a deterministic predicate on a {@link Position}; "captures" and "checks" mean legal moves of the
 * side to move. Names are written in kebab case ({@code knight-capture}) in configs.
 */
public enum PositionClass {
    /** A legal capture by a knight exists. */
    KNIGHT_CAPTURE("a knight of the side to move can capture"),
    /** A legal capture by a bishop exists. */
    BISHOP_CAPTURE("a bishop of the side to move can capture"),
    /** A legal capture by a rook exists. */
    ROOK_CAPTURE("a rook of the side to move can capture"),
    /** A legal capture by a queen exists. */
    QUEEN_CAPTURE("a queen of the side to move can capture"),
    /** A legal capture by a pawn exists (en passant included). */
    PAWN_CAPTURE("a pawn of the side to move can capture"),
    /** A legal capture by the king exists. */
    KING_CAPTURE("the king of the side to move can capture"),
    /** A legal move gives check. */
    CHECK_AVAILABLE("the side to move has a checking move"),
    /** The side to move is in check. */
    IN_CHECK("the side to move is in check"),
    /** A queen of the side to move stands on a square the opponent could capture on. */
    QUEEN_ATTACKED("a queen of the side to move is attacked"),
    /** The side to move has no queen. */
    NO_QUEEN("the side to move has no queen"),
    /** The king of the side to move stands on its first rank on the b, c, g or h file (as after castling). */
    CASTLED("the king of the side to move is on its first rank on the b, c, g or h file");

    private final String description;

    PositionClass(String description) {
        this.description = description;
    }

    /** @return the config name, e.g. {@code knight-capture} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return one sentence saying which positions belong to the class */
    public String description() {
        return description;
    }

    /**
     * @param position a position; not modified
     * @return whether it belongs to this class
     */
    public boolean test(Position position) {
        Color mover = position.sideToMove();
        return switch (this) {
            case KNIGHT_CAPTURE -> canCapture(position, PieceKind.KNIGHT);
            case BISHOP_CAPTURE -> canCapture(position, PieceKind.BISHOP);
            case ROOK_CAPTURE -> canCapture(position, PieceKind.ROOK);
            case QUEEN_CAPTURE -> canCapture(position, PieceKind.QUEEN);
            case PAWN_CAPTURE -> canCapture(position, PieceKind.PAWN);
            case KING_CAPTURE -> canCapture(position, PieceKind.KING);
            case CHECK_AVAILABLE -> position.legalMoves().stream().anyMatch(position::givesCheck);
            case IN_CHECK -> position.inCheck();
            case QUEEN_ATTACKED -> position.squaresOf(mover, PieceKind.QUEEN).stream()
                    .anyMatch(position::isAttackedByOpponent);
            case NO_QUEEN -> position.squaresOf(mover, PieceKind.QUEEN).isEmpty();
            case CASTLED -> position.squaresOf(mover, PieceKind.KING).stream()
                    .anyMatch(square -> square.charAt(1) == (mover == Color.WHITE ? '1' : '8')
                            && "bcgh".indexOf(square.charAt(0)) >= 0);
        };
    }

    /**
     * @param id a config name such as {@code knight-capture} (case-insensitive)
     * @return the class
     * @throws ConfigException if no class has that name, listing the known ones
     */
    public static PositionClass of(String id) {
        return find(id).orElseThrow(() -> new ConfigException("position class '" + id + "' is not known; known "
                + "classes: " + ids()));
    }

    /** @return the class named {@code id} (case-insensitive), if any */
    public static Optional<PositionClass> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** @return every class's config name, comma-separated in declaration order */
    public static String ids() {
        return Arrays.stream(values()).map(PositionClass::id).collect(Collectors.joining(", "));
    }

    /** @return the classes of {@code position}, in declaration order */
    public static List<PositionClass> of(Position position) {
        return Arrays.stream(values()).filter(c -> c.test(position)).toList();
    }

    private static boolean canCapture(Position position, PieceKind kind) {
        for (String move : position.legalMoves()) {
            Optional<Piece> mover = position.pieceAt(move.substring(0, 2));
            if (mover.isPresent() && mover.get().kind() == kind && position.isCapture(move)) {
                return true;
            }
        }
        return false;
    }
}
