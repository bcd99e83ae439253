package dev.transcend.core.ratings;

import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.io.StrictCsvReader;
import dev.transcend.core.policy.SamplingProtocol;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Writes and reads the rate stage's {@code ratings.csv} (RFC 4180, Commons CSV, header {@link #HEADER} exactly).
 * Empty cells mean "absent": an uncapped model's {@code cap}, and {@code elo_mle}/{@code elo_low95}/{@code elo_high95}
 * as {@link EloEstimate} explains, and the SPRT columns of a row without a verdict. A file written before the SPRT
 * columns existed ({@link #HEADER_BEFORE_SPRT}) is read with no verdicts. Ratings are written with 4 decimals, the
 * volatility with 8, the score and the SPRT's log-likelihood ratio and bounds with 6.
 */
public final class RatingsCsv {

    /** The header of {@code ratings.csv} before the SPRT columns; such files are still read (no SPRT verdicts). */
    public static final List<String> HEADER_BEFORE_SPRT = List.of("model", "cap", "protocol", "temperature", "games",
            "wins", "draws", "losses", "score", "illegal_attempts", "illegal_losses", "glicko_rating", "glicko_rd",
            "glicko_volatility", "glicko_low95", "glicko_high95", "elo_mle", "elo_low95", "elo_high95", "elo_bound");

    /** The SPRT columns ({@link SprtVerdict}), all empty in a row without a verdict. */
    public static final List<String> SPRT_COLUMNS = List.of("sprt_above", "sprt_elo0", "sprt_elo1", "sprt_llr",
            "sprt_lower", "sprt_upper", "sprt_decision");

    /** The header before the {@code distinct_games} column; such files are still read (distinct games unknown). */
    public static final List<String> HEADER_BEFORE_DISTINCT = Stream.concat(HEADER_BEFORE_SPRT.stream(),
            SPRT_COLUMNS.stream()).toList();

    /** The exact header of {@code ratings.csv} as written now: {@code distinct_games} last, empty when unknown. */
    public static final List<String> HEADER = Stream.concat(HEADER_BEFORE_DISTINCT.stream(),
            Stream.of("distinct_games")).toList();

    private RatingsCsv() {
    }

    /**
     * @param file the file to create or replace, atomically
     * @param rows the rows, written in the given order
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void write(Path file, List<RatingRow> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (RatingRow row : rows) {
                printer.printRecord(cells(row));
            }
            printer.flush();
        });
    }

    /**
     * @param file a {@code ratings.csv}
     * @return its rows in file order
     * @throws MalformedCsvException naming the file and line of the first malformed row
     * @throws IOException if the file cannot be read
     */
    public static List<RatingRow> read(Path file) throws IOException {
        return StrictCsvReader.readAnyHeader(file, List.of(HEADER, HEADER_BEFORE_DISTINCT, HEADER_BEFORE_SPRT), RatingsCsv::row).stream()
                .map(StrictCsvReader.Numbered::value).toList();
    }

    private static List<String> cells(RatingRow row) {
        RatingGroup g = row.group();
        ScoreTally t = row.tally();
        List<String> cells = new ArrayList<>(List.of(g.model(),
                capCell(g.cap()), g.protocol().name(), g.temperatureText(),
                Integer.toString(t.games()), Integer.toString(t.wins()), Integer.toString(t.draws()),
                Integer.toString(t.losses()), fixed(t.score(), 6), Integer.toString(row.illegalAttempts()),
                Integer.toString(row.illegalLosses()), fixed(row.glicko().rating(), 4), fixed(row.glicko().rd(), 4),
                fixed(row.glicko().volatility(), 8), fixed(row.glicko().low95(), 4), fixed(row.glicko().high95(), 4)));
        EloEstimate elo = row.elo();
        cells.add(optional(elo.mle()));
        cells.add(optional(elo.low95()));
        cells.add(optional(elo.high95()));
        cells.add(elo.bound().csv());
        if (row.sprt().isPresent()) {
            SprtVerdict v = row.sprt().get();
            cells.addAll(List.of(fixed(v.above(), 4), fixed(v.elo0(), 4), fixed(v.elo1(), 4), fixed(v.llr(), 6),
                    fixed(v.lower(), 6), fixed(v.upper(), 6), v.decision().csv()));
        } else {
            SPRT_COLUMNS.forEach(column -> cells.add(""));
        }
        cells.add(row.distinctGames().isPresent() ? Integer.toString(row.distinctGames().getAsInt()) : "");
        return cells;
    }

    private static RatingRow row(StrictCsvReader.Cells c) {
        RatingsCsvChecks.check(c);
        RatingGroup group = new RatingGroup(c.required("model"), c.optionalInteger("cap"),
                c.enumValue("protocol", SamplingProtocol.class),
                c.decimal("temperature"));
        ScoreTally tally = new ScoreTally(c.integer("wins"), c.integer("draws"), c.integer("losses"));
        if (tally.games() != c.integer("games")) {
            throw new IllegalArgumentException("games " + c.integer("games") + " is not wins + draws + losses = "
                    + tally.games());
        }
        Rating glicko = new Rating(c.decimal("glicko_rating"), c.decimal("glicko_rd"), c.decimal("glicko_volatility"));
        EloEstimate elo = new EloEstimate(EloBound.fromCsv(c.required("elo_bound")), c.optionalDecimal("elo_mle"),
                c.optionalDecimal("elo_low95"), c.optionalDecimal("elo_high95"));
        return new RatingRow(group, tally, c.integer("illegal_attempts"), c.integer("illegal_losses"), glicko, elo,
                sprt(c, tally.games()), c.has("distinct_games") ? c.optionalInteger("distinct_games")
                : java.util.OptionalInt.empty());
    }

    /** The SPRT columns: absent (an older file) or all empty, or all set. */
    private static Optional<SprtVerdict> sprt(StrictCsvReader.Cells c, int games) {
        if (!c.has("sprt_decision") || SPRT_COLUMNS.stream().allMatch(column -> c.text(column).isBlank())) {
            return Optional.empty();
        }
        for (String column : SPRT_COLUMNS) {
            if (c.text(column).isBlank()) {
                throw new IllegalArgumentException(column + " is empty, but other SPRT columns are set; a verdict "
                        + "needs all of " + String.join(", ", SPRT_COLUMNS));
            }
        }
        return Optional.of(new SprtVerdict(c.decimal("sprt_above"), c.decimal("sprt_elo0"), c.decimal("sprt_elo1"),
                games, c.decimal("sprt_llr"), c.decimal("sprt_lower"), c.decimal("sprt_upper"),
                SprtDecision.fromCsv(c.required("sprt_decision"))));
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? fixed(value.getAsDouble(), 4) : "";
    }

    private static String capCell(OptionalInt cap) {
        return cap.isPresent() ? Integer.toString(cap.getAsInt()) : "";
    }
}
