package dev.transcend.core.dataset;

/**
 * An input file with lines that are not valid UTF-8 (typically Latin-1 player names from older tools). Such bytes are
 * read as U+FFFD replacement characters, so the file is still read to its end; the moves are ASCII and unaffected,
 * names in tags (and so in {@code players.csv}) are not.
 *
 * @param file the file
 * @param lines lines holding at least one undecodable byte sequence
 * @param firstLine 1-based number of the first such line (lines as counted by {@code \n})
 */
public record UndecodedText(String file, long lines, long firstLine) {

    /** @return one sentence for a person, naming the file and the first line */
    public String describe() {
        return file + ": " + lines + (lines == 1 ? " line is" : " lines are") + " not valid UTF-8 (first: line "
                + firstLine + "); the bad bytes were read as U+FFFD, which changes names in tags, not moves. To keep"
                + " the names, convert the file first, e.g. iconv -f latin1 -t utf-8";
    }
}
