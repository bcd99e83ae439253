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
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code stats.csv}: one row per input file and a last row {@code total}, with columns
 * {@code file,games_read,games_kept,plies_kept}, one column per {@link DropReason} in lower case
 * ({@code malformed,non_standard,...,duplicate}), and {@code input_error} (the message if the file
 * could not be read to its end; in the total row, the number of such files). Control characters
 * in file names and messages are escaped ({@link PrintableText}).
 */
final class StatsCsv {

    /** Name of the total row's {@code file} cell. */
    static final String TOTAL = "total";

    private StatsCsv() {
    }

    /** @return the header row */
    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("file", "games_read", "games_kept", "plies_kept"));
        for (DropReason reason : DropReason.values()) {
            header.add(reason.name().toLowerCase(Locale.ROOT));
        }
        header.add("input_error");
        return header;
    }

    /**
     * @param file where to write
     * @param files one tally per input file, in reading order
     * @param total the sum of {@code files}
     */
    static void write(Path file, List<FileTally> files, FileTally total) throws IOException {
        long withErrors = files.stream().filter(f -> !f.error().isEmpty()).count();
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(header().toArray(String[]::new)).get());
            for (FileTally f : files) {
                csv.printRecord(row(f, f.error()));
            }
            csv.printRecord(row(total, withErrors == 0 ? "" : withErrors + " file(s) with errors"));
            csv.flush();
        });
    }

    private static List<Object> row(FileTally f, String error) {
        List<Object> row = new ArrayList<>(List.of(PrintableText.of(f.file()), f.gamesRead(), f.gamesKept(),
                f.pliesKept()));
        for (DropReason reason : DropReason.values()) {
            row.add(f.droppedByReason().get(reason));
        }
        row.add(PrintableText.of(error));
        return row;
    }
}
