package dev.transcend.core.pgn;

/** Why a stretch of input was not read as a game. */
public enum SkipReason {
    /** A line starting with {@code [} that is not a {@code [Name "value"]} tag pair. */
    BAD_TAG,
    /** Text outside any game: movetext or other lines with no tag pairs before them. */
    NOT_A_GAME,
    /** A {@code {} comment still open when the next game's tag pairs (or the end of the file) came. */
    UNTERMINATED_COMMENT,
    /** Movetext longer than {@link PgnReader#MAX_MOVETEXT_CHARS}, almost surely not a game. */
    TOO_LONG,
    /** A CSV row without the expected columns. */
    BAD_ROW
}
