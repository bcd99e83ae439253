package dev.transcend.core.pgn;

/**
 * One record a {@link GameReader} yields: a game whose tags and movetext could be read, or a
 * stretch of input that could not, with the reason (errors as values, after scalachess: a bad game
 * never stops the file).
 */
public sealed interface GameRecord permits ParsedGame, Skipped {

    /** @return the file the record came from, as named to the reader */
    String file();

    /** @return the 1-based line where the record starts (for {@link Skipped}, where the problem is) */
    long line();
}
