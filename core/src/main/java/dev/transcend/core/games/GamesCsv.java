package dev.transcend.core.games;

import dev.transcend.core.chess.Color;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.io.StrictCsvReader;
import dev.transcend.core.policy.SamplingProtocol;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code games.csv}: RFC 4180 with the header {@link GameRow#HEADER} (Apache Commons CSV). The sweep
 * appends and flushes one row per finished game, so a crash leaves at most a partial last line,
 * which {@link #repairAndRead} cuts off; readers are strict and name the file and line of a bad row.
 */
public final class GamesCsv implements Closeable {

    private final CSVPrinter printer;

    private GamesCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * @param file a {@code games.csv}
     * @return its rows in file order
     * @throws MalformedCsvException naming the file and line of the first malformed row (wrong header, wrong number
     *                               of columns, bad number or name, score that disagrees with the result)
     * @throws IOException if the file cannot be read
     */
    public static List<GameRow> read(Path file) throws IOException {
        return StrictCsvReader.read(file, GameRow.HEADER, GamesCsv::row).stream()
                .map(StrictCsvReader.Numbered::value).toList();
    }

    /**
     * Reads several files, e.g. one per model, and checks that they fit together.
     *
     * @param files {@code games.csv} files
     * @return all rows, file by file in the given order
     * @throws MalformedCsvException on a malformed row; when the same game (model, cap, protocol, temperature,
     *                               opponent, game index) appears twice, naming both places, since it would be counted
     *                               twice; or when one opponent has two ratings within one (model, cap, protocol,
     *                               temperature), naming both places, since a rating group needs one fixed rating
     *                               per opponent
     * @throws IOException if a file cannot be read
     */
    public static List<GameRow> readAll(List<Path> files) throws IOException {
        List<GameRow> all = new ArrayList<>();
        Map<List<Object>, String> seen = new HashMap<>();
        Map<List<Object>, Placed> ratings = new HashMap<>();
        for (Path file : files) {
            for (StrictCsvReader.Numbered<GameRow> numbered : StrictCsvReader.read(file, GameRow.HEADER, GamesCsv::row)) {
                GameRow row = numbered.value();
                String place = file + " line " + numbered.line();
                String first = seen.putIfAbsent(List.of(row.model(), row.cap(), row.protocol(), row.key()), place);
                if (first != null) {
                    throw new MalformedCsvException(file, numbered.line(), "game " + row.key() + " of " + row.model()
                            + " appears twice, first at " + first + "; overlapping inputs would count games twice");
                }
                Placed rating = ratings.putIfAbsent(List.of(row.model(), row.cap(), row.protocol(), row.temperature(),
                        row.opponent()), new Placed(row.opponentRating(), place));
                if (rating != null && rating.rating() != row.opponentRating()) {
                    throw new MalformedCsvException(file, numbered.line(), "opponent '" + row.opponent()
                            + "' has opponent_rating " + GameRow.formatRating(row.opponentRating()) + " but "
                            + GameRow.formatRating(rating.rating()) + " at " + rating.place() + " in the same model, "
                            + "cap, protocol and temperature; rating them needs one fixed rating per opponent (were "
                            + "the games played with different opponent files?)");
                }
                all.add(row);
            }
        }
        return all;
    }

    /**
     * Cuts a partial last line (left by a crash mid-write) and reads the rows with the checks of {@link #readAll}, so
     * a resumed sweep refuses exactly what the rate stage would refuse.
     *
     * @param file a {@code games.csv}; a missing file has no rows
     * @return the complete rows
     * @throws IOException as {@link #readAll}
     */
    public static List<GameRow> repairAndRead(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            while (end > 0) {
                raf.seek(end - 1);
                if (raf.read() == '\n') {
                    break;
                }
                end--;
            }
            if (end < raf.length()) {
                raf.setLength(end);
            }
        }
        return Files.size(file) == 0 ? List.of() : readAll(List.of(file));
    }

    /**
     * @param file a {@code games.csv} to append to; created with its header when missing or empty
     * @return the appender
     * @throws IOException if it cannot be opened
     */
    public static GamesCsv openForAppend(Path file) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        if (fresh) {
            printer.printRecord(GameRow.HEADER);
            printer.flush();
        }
        return new GamesCsv(printer);
    }

    /** Appends one row and flushes it to the file. */
    public synchronized void append(GameRow row) throws IOException {
        printer.printRecord(row.cells());
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    /** An opponent rating and where it was first seen. */
    private record Placed(double rating, String place) {
    }

    private static GameRow row(StrictCsvReader.Cells c) {
        return new GameRow(c.required("model"), c.optionalInteger("cap"),
                c.enumValue("protocol", SamplingProtocol.class), c.decimal("temperature"), c.required("opponent"),
                c.decimal("opponent_rating"), c.bool("opponent_calibrated"), c.integer("game"),
                color(c.required("model_color")), outcome(c.required("result")), c.decimal("model_score"),
                c.enumValue("termination", Termination.class), c.integer("plies"), c.integer("illegal_attempts"),
                c.longInteger("seed"), c.longInteger("duration_ms"), c.text("detail"));
    }

    private static Color color(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "white" -> Color.WHITE;
            case "black" -> Color.BLACK;
            default -> throw new IllegalArgumentException("model_color must be white or black, got '" + text + "'");
        };
    }

    private static Outcome outcome(String text) {
        return Outcome.fromPgn(text).orElseThrow(() ->
                new IllegalArgumentException("result must be 1-0, 0-1 or 1/2-1/2, got '" + text + "'"));
    }
}
