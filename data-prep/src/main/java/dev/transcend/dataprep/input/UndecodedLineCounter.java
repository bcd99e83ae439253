package dev.transcend.dataprep.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes decoded text through unchanged and counts the lines that hold a U+FFFD replacement character, i.e. bytes the
 * UTF-8 decoder could not decode (the decoder replaces them; see {@link java.nio.charset.CodingErrorAction#REPLACE}),
 * so a Latin-1 file is read to its end and reported rather than read silently. One pass over each buffer the reader
 * above asks for: no extra copy.
 */
final class UndecodedLineCounter extends FilterReader {

    private static final char REPLACEMENT = '\uFFFD';

    private long line = 1;
    private long countedLine;
    private long lines;
    private long firstLine;

    UndecodedLineCounter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) {
        if (c == '\n') {
            line++;
        } else if (c == REPLACEMENT && countedLine != line) {
            countedLine = line;
            lines++;
            if (firstLine == 0) {
                firstLine = line;
            }
        }
    }

    /** @return lines seen so far with at least one replacement character */
    long lines() {
        return lines;
    }

    /** @return the first such line (1-based), or 0 if none */
    long firstLine() {
        return firstLine;
    }
}
