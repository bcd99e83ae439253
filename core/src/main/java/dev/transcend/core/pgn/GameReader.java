package dev.transcend.core.pgn;

import java.io.Closeable;
import java.io.IOException;

/** A stream of games from one file, read one at a time so files of any size fit in memory. */
public interface GameReader extends Closeable {

    /**
     * @return the next game or skipped record, or {@code null} at the end of the input
     * @throws IOException if the underlying input fails (e.g. a truncated compressed file); records
     *                     already returned stay valid
     */
    GameRecord next() throws IOException;
}
