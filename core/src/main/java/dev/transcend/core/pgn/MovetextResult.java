package dev.transcend.core.pgn;

/** What {@link MovetextParser} made of a game's movetext: its moves, or the first problem. */
public sealed interface MovetextResult permits ParsedMoves, MovetextError {
}
