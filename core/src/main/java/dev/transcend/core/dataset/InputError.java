package dev.transcend.core.dataset;

/**
 * A file that could not be read to its end (truncated or corrupt compression, unreadable, not the
 * expected CSV columns). The games read from it before the error are kept.
 *
 * @param file the file
 * @param gamesRead games read from it before the error
 * @param message what went wrong
 */
public record InputError(String file, long gamesRead, String message) {
}
