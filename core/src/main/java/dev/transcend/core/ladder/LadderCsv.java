package dev.transcend.core.ladder;

import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.io.StrictCsvReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads {@code ladder.csv}, the one rating scale of a run (RFC 4180, Commons CSV, header {@link #HEADER}
 * exactly): written by {@code transcend calibrate}, read by {@code generate} (PGN ratings), {@code play} (opponents'
 * ratings) and {@code report} (the experts' and base policy's lines). Ratings are written with 1 decimal, the score
 * with 4.
 */
public final class LadderCsv {

    /** The exact header of {@code ladder.csv}. */
    public static final List<String> HEADER = List.of("player", "role", "base", "errors", "rating", "low95", "high95",
            "games", "score", "anchored");

    /** The file name inside the calibrate stage's folder. */
    public static final String FILE_NAME = "ladder.csv";

    private LadderCsv() {
    }

    /**
     * @param file the file to create or replace, atomically
     * @param ladder the rows, written in their order
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void write(Path file, Ladder ladder) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (LadderRow r : ladder.rows()) {
                printer.printRecord(r.player(), r.role().csv(), r.base(), r.errors(), fixed(r.rating(), 1),
                        fixed(r.low95(), 1), fixed(r.high95(), 1), Integer.toString(r.games()), fixed(r.score(), 4),
                        Boolean.toString(r.anchored()));
            }
            printer.flush();
        });
    }

    /**
     * @param file a {@code ladder.csv}
     * @return its rows in file order
     * @throws MalformedCsvException naming the file and line of the first malformed row
     * @throws IOException if the file cannot be read
     */
    public static Ladder read(Path file) throws IOException {
        List<LadderRow> rows = StrictCsvReader.read(file, HEADER, LadderCsv::row).stream()
                .map(StrictCsvReader.Numbered::value).toList();
        try {
            return new Ladder(rows);
        } catch (IllegalArgumentException e) {
            throw new MalformedCsvException(file, 1, e.getMessage());
        }
    }

    private static LadderRow row(StrictCsvReader.Cells c) {
        String anchored = c.required("anchored");
        if (!anchored.equals("true") && !anchored.equals("false")) {
            throw new IllegalArgumentException("anchored '" + anchored + "' is not true or false");
        }
        return new LadderRow(c.required("player"), LadderRole.fromCsv(c.required("role")), c.text("base"),
                c.text("errors"), c.decimal("rating"), c.decimal("low95"), c.decimal("high95"), c.integer("games"),
                c.decimal("score"), Boolean.parseBoolean(anchored));
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
