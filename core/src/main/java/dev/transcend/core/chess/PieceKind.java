package dev.transcend.core.chess;

/** A kind of chess piece, without its colour. */
public enum PieceKind {
    PAWN,
    KNIGHT,
    BISHOP,
    ROOK,
    QUEEN,
    KING
}
