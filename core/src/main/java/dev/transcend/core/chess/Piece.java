package dev.transcend.core.chess;

import java.util.Objects;

/**
 * A piece on the board: its colour and kind.
 *
 * @param color whose piece it is
 * @param kind pawn ... king
 */
public record Piece(Color color, PieceKind kind) {

    public Piece {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(kind, "kind");
    }
}
