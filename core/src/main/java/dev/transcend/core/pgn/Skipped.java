package dev.transcend.core.pgn;

/**
 * Input that a reader could not turn into a game.
 *
 * @param reason why
 * @param file the file it came from
 * @param line 1-based line of the problem
 * @param detail what was found there, for a person fixing the file
 */
public record Skipped(SkipReason reason, String file, long line, String detail) implements GameRecord {
}
