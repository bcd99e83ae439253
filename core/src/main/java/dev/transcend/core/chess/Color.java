package dev.transcend.core.chess;

/** The side to move or a player's colour. */
public enum Color {
    WHITE,
    BLACK;

    /** @return the other colour */
    public Color opposite() {
        return this == WHITE ? BLACK : WHITE;
    }

    /**
     * @param ply number of half-moves played from the standard starting position (0-based)
     * @return the colour to move at that ply
     */
    public static Color toMoveAtPly(int ply) {
        return (ply & 1) == 0 ? WHITE : BLACK;
    }
}
