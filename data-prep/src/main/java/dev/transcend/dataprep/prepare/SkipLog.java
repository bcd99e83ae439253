package dev.transcend.dataprep.prepare;

import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.dataset.DropReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A sample of dropped games with where and why, written as {@code skipped.csv}
 * ({@code file,game,line,reason,detail}): the first {@link #PER_REASON} of each reason, so a rare
 * problem is not crowded out by millions of games above the cap. Control characters in file names
 * and details are escaped ({@link PrintableText}).
 */
final class SkipLog {

    /** Games logged per drop reason. */
    static final int PER_REASON = 100;

    /**
     * @param file input file
     * @param game 1-based index of the game in the file
     * @param line 1-based line of the problem
     * @param reason why the game was dropped
     * @param detail what was found
     */
    record Entry(String file, long game, long line, DropReason reason, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<DropReason, Integer> perReason = new EnumMap<>(DropReason.class);

    void add(Entry entry) {
        int n = perReason.merge(entry.reason(), 1, Integer::sum);
        if (n <= PER_REASON) {
            entries.add(entry);
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    void writeCsv(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("file", "game", "line", "reason", "detail").get());
            for (Entry e : entries) {
                csv.printRecord(PrintableText.of(e.file()), e.game(), e.line(), e.reason(),
                        PrintableText.of(e.detail()));
            }
            csv.flush();
        });
    }
}
