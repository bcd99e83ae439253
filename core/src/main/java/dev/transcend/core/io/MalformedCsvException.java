package dev.transcend.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A CSV file ({@code games.csv}, {@code ratings.csv}) does not follow its contract. The message names the file, the
 * line and what is wrong with it.
 */
public class MalformedCsvException extends IOException {

    private final transient Path file;
    private final long line;

    /**
     * @param file the file
     * @param line 1-based line where the offending record starts (1 is the header)
     * @param problem what is wrong, e.g. {@code "opponent_rating 'abc' is not a number"}
     */
    public MalformedCsvException(Path file, long line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line where the offending record starts */
    public long line() {
        return line;
    }
}
