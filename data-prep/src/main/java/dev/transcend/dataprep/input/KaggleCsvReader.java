package dev.transcend.dataprep.input;

import dev.transcend.core.pgn.GameReader;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.SkipReason;
import dev.transcend.core.pgn.Skipped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Kaggle "Chess Game Dataset (Lichess)" by datasnaek ({@code games.csv}) with Commons CSV
 * and presents each row as the PGN game it stands for, so that one filter serves both formats:
 * {@code white_rating}/{@code black_rating} become {@code WhiteElo}/{@code BlackElo}; {@code winner}
 * ({@code white}, {@code black}, {@code draw}) becomes {@code Result}; {@code rated} ({@code TRUE} or
 * {@code FALSE}) becomes {@code Event "Rated game"} or {@code "Casual game"}; {@code id} becomes the
 * Lichess {@code Site} URL; {@code increment_code} ({@code 10+5}: minutes + seconds) becomes the PGN
 * {@code TimeControl} in seconds ({@code 600+5}), which gives the game its Lichess speed class; {@code moves}
 * (space-separated SAN, no move numbers) followed by the result becomes the movetext. {@code created_at} is not
 * used: in the published file it lost its precision to a spreadsheet ({@code 1.50421E+12}), so rows have no date.
 */
public final class KaggleCsvReader implements GameReader {

    /** Columns the reader needs; the file's other columns are ignored. */
    static final List<String> REQUIRED = List.of("rated", "winner", "white_rating", "black_rating", "moves");

    /** What prepare reads, for the message on a CSV of another shape (e.g. a chess.com or Kaggle export of other games). */
    static final String ACCEPTED = "prepare reads PGN (.pgn, .pgn.gz, .pgn.bz2, .pgn.zst; SAN or UCI moves) and one CSV"
            + " shape, the Kaggle 'Chess Game Dataset (Lichess)' games.csv with columns " + String.join(", ", REQUIRED)
            + "; convert other exports to PGN";

    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final String file;
    private final boolean hasId;
    private final boolean hasPlayers;
    private final boolean hasClock;

    private KaggleCsvReader(CSVParser parser, String file) {
        this.parser = parser;
        this.rows = parser.iterator();
        this.file = file;
        this.hasId = parser.getHeaderMap().containsKey("id");
        this.hasPlayers = parser.getHeaderMap().containsKey("white_id") && parser.getHeaderMap().containsKey("black_id");
        this.hasClock = parser.getHeaderMap().containsKey("increment_code");
    }

    /**
     * @param in the CSV text, already decompressed and decoded
     * @param file the file name to put in records and messages
     * @return a reader positioned after the header row
     * @throws IOException if the header cannot be read or lacks a {@link #REQUIRED} column (message names them)
     */
    public static KaggleCsvReader open(Reader in, String file) throws IOException {
        // any header is read (blank or repeated names included), so a CSV of another shape gets the message below
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        CSVParser parser;
        try {
            parser = format.parse(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": " + ACCEPTED + "; its header row cannot be read: " + e.getMessage(), e);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            List<String> header = parser.getHeaderNames();
            parser.close();
            throw new IOException(file + ": not a Kaggle datasnaek games CSV (missing columns " + missing + "; header: "
                    + shortened(header) + "). " + ACCEPTED);
        }
        return new KaggleCsvReader(parser, file);
    }

    private static String shortened(List<String> header) {
        String text = header.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...]";
    }

    @Override
    public GameRecord next() throws IOException {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            CSVRecord row = rows.next();
            if (!row.isConsistent()) {
                return new Skipped(SkipReason.BAD_ROW, file, line,
                        "row has " + row.size() + " columns, the header " + parser.getHeaderNames().size());
            }
            return toGame(row, line);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // Commons CSV's iterator wraps read errors, e.g. a truncated .csv.gz
        }
    }

    private ParsedGame toGame(CSVRecord row, long line) {
        String result = switch (row.get("winner").strip().toLowerCase(Locale.ROOT)) {
            case "white" -> "1-0";
            case "black" -> "0-1";
            case "draw" -> "1/2-1/2";
            default -> "*";
        };
        boolean rated = !row.get("rated").strip().equalsIgnoreCase("false");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", rated ? "Rated game" : "Casual game");
        if (hasId) {
            tags.put("Site", "https://lichess.org/" + row.get("id"));
        }
        if (hasPlayers) {
            tags.put("White", row.get("white_id"));
            tags.put("Black", row.get("black_id"));
        }
        if (hasClock) {
            timeControl(row.get("increment_code")).ifPresent(tc -> tags.put("TimeControl", tc));
        }
        tags.put("Result", result);
        tags.put("WhiteElo", row.get("white_rating").strip());
        tags.put("BlackElo", row.get("black_rating").strip());
        return new ParsedGame(tags, row.get("moves") + " " + result, file, line, line);
    }

    /** @return {@code minutes+seconds} as the PGN {@code TimeControl} {@code seconds+seconds}, or empty if not of that form */
    static Optional<String> timeControl(String incrementCode) {
        String code = incrementCode.strip();
        int plus = code.indexOf('+');
        if (plus < 1 || plus > 4 || code.length() - plus - 1 < 1 || code.length() - plus - 1 > 4
                || !code.substring(0, plus).chars().allMatch(c -> c >= '0' && c <= '9')
                || !code.substring(plus + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(code.substring(0, plus)) * 60 + "+" + code.substring(plus + 1));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
