package dev.transcend.core.dataset;

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

/**
 * Writes and reads {@code players.csv}, the prepare stage's list of the players in its inputs (RFC 4180, Commons CSV,
 * header {@link #HEADER} exactly): written by data-prep next to the shards, read by the report to find the best
 * expert in the training data.
 */
public final class PlayersCsv {

    /** The exact header. */
    public static final List<String> HEADER = List.of("player", "min_rating", "max_rating", "games_kept",
            "games_above_cap");

    /** The file name inside the dataset folder. */
    public static final String FILE_NAME = "players.csv";

    private PlayersCsv() {
    }

    /**
     * @param file the file to create or replace, atomically
     * @param rows the players, written in their order
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void write(Path file, List<PlayerRow> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (PlayerRow r : rows) {
                printer.printRecord(r.player(), r.minRating(), r.maxRating(), r.gamesKept(), r.gamesAboveCap());
            }
            printer.flush();
        });
    }

    /**
     * @param file a {@code players.csv}
     * @return its rows in file order
     * @throws MalformedCsvException naming the file and line of the first malformed row
     * @throws IOException if the file cannot be read
     */
    public static List<PlayerRow> read(Path file) throws IOException {
        return StrictCsvReader.read(file, HEADER, c -> new PlayerRow(c.required("player"), c.integer("min_rating"),
                        c.integer("max_rating"), c.longInteger("games_kept"), c.longInteger("games_above_cap")))
                .stream().map(StrictCsvReader.Numbered::value).toList();
    }
}
