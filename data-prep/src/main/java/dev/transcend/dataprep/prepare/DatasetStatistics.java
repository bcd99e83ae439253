package dev.transcend.dataprep.prepare;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.dataset.TokenizedGame;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.SpeedClass;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a prepared dataset holds, per split, tallied from its kept games: games and plies by rating band (100-point
 * bands of {@code max(WhiteElo, BlackElo)}, the rating the cap tests, as in {@code rating_histogram.csv}) and Lichess
 * speed class (core's {@link SpeedClass} from the {@code TimeControl} tag; {@code unknown} when missing or not of
 * Lichess's form, e.g. every Kaggle CSV row), the game-length histogram ({@value #LENGTH_BIN}-ply bins) and the
 * result shares (white win, black win, draw, unknown). {@link #write} writes three CSV files and their charts
 * ({@link DatasetCharts}). Memory: a few counters per (split, band, speed) and per length bin.
 */
public final class DatasetStatistics {

    /** Width of a rating band, rating points. */
    public static final int BAND = 100;
    /** Width of a game-length bin, plies. */
    public static final int LENGTH_BIN = 10;
    /** Speed label of games without a readable {@code TimeControl}. */
    public static final String UNKNOWN_SPEED = "unknown";
    /** Result labels, in the CSV's order. */
    public static final List<String> RESULTS = List.of("white", "black", "draw", "unknown");

    public static final String BANDS_CSV = "games_by_band_speed.csv";
    public static final String LENGTHS_CSV = "game_lengths.csv";
    public static final String RESULTS_CSV = "results.csv";

    /** (split, band start, speed) -> {games, plies}. */
    private final Map<Split, TreeMap<Integer, TreeMap<String, long[]>>> bands = new EnumMap<>(Split.class);
    /** split -> length-bin start -> games. */
    private final Map<Split, TreeMap<Integer, long[]>> lengths = new EnumMap<>(Split.class);
    /** split -> games per {@link #RESULTS} entry. */
    private final Map<Split, long[]> results = new EnumMap<>(Split.class);

    /**
     * Counts one kept game.
     *
     * @param game the game as read (for its {@code TimeControl})
     * @param kept the game as stored (ratings, plies, result)
     * @param split the split it went to
     */
    public void add(ParsedGame game, TokenizedGame kept, Split split) {
        int band = Math.floorDiv(ByColor.max(kept.elo()), BAND) * BAND;
        String speed = game.tag("TimeControl").flatMap(SpeedClass::ofTimeControl).map(SpeedClass::key)
                .orElse(UNKNOWN_SPEED);
        long[] cell = bands.computeIfAbsent(split, s -> new TreeMap<>()).computeIfAbsent(band, b -> new TreeMap<>())
                .computeIfAbsent(speed, s -> new long[2]);
        cell[0]++;
        cell[1] += kept.plies();
        int bin = Math.floorDiv(kept.plies(), LENGTH_BIN) * LENGTH_BIN;
        lengths.computeIfAbsent(split, s -> new TreeMap<>()).computeIfAbsent(bin, b -> new long[1])[0]++;
        results.computeIfAbsent(split, s -> new long[RESULTS.size()])[resultIndex(kept)]++;
    }

    /**
     * Writes {@value #BANDS_CSV}, {@value #LENGTHS_CSV}, {@value #RESULTS_CSV} and their charts into {@code dir}.
     *
     * @return the names of the files written, in {@code dir}
     * @throws IOException if a file cannot be written
     */
    public List<String> write(Path dir) throws IOException {
        writeBands(dir.resolve(BANDS_CSV));
        writeLengths(dir.resolve(LENGTHS_CSV));
        writeResults(dir.resolve(RESULTS_CSV));
        List<String> files = new ArrayList<>(List.of(BANDS_CSV, LENGTHS_CSV, RESULTS_CSV));
        files.addAll(DatasetCharts.write(this, dir));
        return files;
    }

    /** @return games per (band start, speed), both splits together, bands and speeds in order */
    Map<Integer, Map<String, Long>> gamesByBandAndSpeed() {
        Map<Integer, Map<String, Long>> out = new TreeMap<>();
        bands.values().forEach(byBand -> byBand.forEach((band, bySpeed) -> bySpeed.forEach((speed, n) ->
                out.computeIfAbsent(band, b -> new TreeMap<>(DatasetStatistics::speedOrder)).merge(speed, n[0],
                        Long::sum))));
        return out;
    }

    /** @return games per length-bin start, both splits together, every bin from the first to the last */
    Map<Integer, Long> gamesByLength() {
        TreeMap<Integer, Long> out = new TreeMap<>();
        lengths.values().forEach(bins -> bins.forEach((bin, n) -> out.merge(bin, n[0], Long::sum)));
        if (!out.isEmpty()) {
            for (int bin = out.firstKey(); bin < out.lastKey(); bin += LENGTH_BIN) {
                out.putIfAbsent(bin, 0L);
            }
        }
        return out;
    }

    /** @return games per {@link #RESULTS} entry of {@code split} (zeros if it has none) */
    long[] results(Split split) {
        return results.getOrDefault(split, new long[RESULTS.size()]).clone();
    }

    private void writeBands(Path file) throws IOException {
        writeCsv(file, new String[] {"split", "rating_from", "rating_to", "speed", "games", "plies"}, csv -> {
            for (Split split : Split.values()) {
                for (var band : bands.getOrDefault(split, new TreeMap<>()).entrySet()) {
                    List<String> speeds = new ArrayList<>(band.getValue().keySet());
                    speeds.sort(DatasetStatistics::speedOrder);
                    for (String speed : speeds) {
                        long[] n = band.getValue().get(speed);
                        csv.printRecord(split.prefix(), band.getKey(), band.getKey() + BAND - 1, speed, n[0], n[1]);
                    }
                }
            }
        });
    }

    private void writeLengths(Path file) throws IOException {
        writeCsv(file, new String[] {"split", "plies_from", "plies_to", "games"}, csv -> {
            for (Split split : Split.values()) {
                TreeMap<Integer, long[]> bins = lengths.getOrDefault(split, new TreeMap<>());
                if (bins.isEmpty()) {
                    continue;
                }
                for (int bin = bins.firstKey(); bin <= bins.lastKey(); bin += LENGTH_BIN) {
                    long n = bins.containsKey(bin) ? bins.get(bin)[0] : 0;
                    csv.printRecord(split.prefix(), bin, bin + LENGTH_BIN - 1, n);
                }
            }
        });
    }

    private void writeResults(Path file) throws IOException {
        writeCsv(file, new String[] {"split", "result", "games", "share"}, csv -> {
            long[] all = new long[RESULTS.size()];
            for (Split split : Split.values()) {
                long[] n = results(split);
                printShares(csv, split.prefix(), n);
                for (int i = 0; i < n.length; i++) {
                    all[i] += n[i];
                }
            }
            printShares(csv, "all", all);
        });
    }

    private static void printShares(CSVPrinter csv, String split, long[] n) throws IOException {
        long total = 0;
        for (long x : n) {
            total += x;
        }
        for (int i = 0; i < n.length; i++) {
            String share = total == 0 ? "" : String.format(Locale.ROOT, "%.4f", n[i] / (double) total);
            csv.printRecord(split, RESULTS.get(i), n[i], share);
        }
    }

    private static int resultIndex(TokenizedGame game) {
        if (game.outcome().isEmpty()) {
            return 3;
        }
        Outcome outcome = game.outcome().get();
        return switch (outcome) {
            case WHITE_WIN -> 0;
            case BLACK_WIN -> 1;
            case DRAW -> 2;
        };
    }

    /** Orders speed labels from fastest to slowest, {@value #UNKNOWN_SPEED} last. */
    static int speedOrder(String a, String b) {
        return Integer.compare(speedRank(a), speedRank(b));
    }

    private static int speedRank(String speed) {
        return SpeedClass.fromKey(speed).map(Enum::ordinal).orElse(SpeedClass.values().length);
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void writeCsv(Path file, String[] header, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
            rows.print(csv);
            csv.flush();
        });
    }
}
