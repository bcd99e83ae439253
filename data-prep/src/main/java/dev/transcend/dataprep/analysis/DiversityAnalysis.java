package dev.transcend.dataprep.analysis;

import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.TokenizedGame;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.Skipped;
import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.dataprep.filter.Duplicates;
import dev.transcend.dataprep.filter.GameFilter;
import dev.transcend.dataprep.filter.GameId;
import dev.transcend.dataprep.filter.Verdict;
import dev.transcend.dataprep.input.GameSource;
import dev.transcend.dataprep.input.InputFile;
import dev.transcend.dataprep.input.InputFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The paper's dataset-diversity measure (Zhang et al. 2024: the entropy of the move choice over common opening
 * positions falls as the rating cap rises, 0.70 / 0.66 / 0.64 at caps 1000 / 1300 / 1500): per cap, the games with
 * {@code max(WhiteElo, BlackElo) <= C} that {@code prepare} would keep (its {@link GameFilter}: standard, both
 * ratings, legal moves; its {@link Duplicates} unless asked not to), the moves of their first {@code plies} plies
 * counted per position ({@link PositionTable}), and the unweighted mean {@link NormalizedEntropy} over the positions
 * seen at least {@code minCount} times, with a bootstrap interval ({@link Bootstrap}) and the visit-weighted mean.
 * With {@code games} set, each cap counts a seeded random sample of that many of its games ({@link Reservoir}), so
 * that the caps are compared on equal numbers of games.
 * One thread; each game within the highest cap is replayed once in full (the filter's legality check) and its first
 * plies once more for their FEN keys.
 */
public final class DiversityAnalysis {

    /** The paper's values, caps 1000 / 1300 / 1500, 500k Lichess games each. */
    public static final Map<Integer, Double> PAPER = Map.of(1000, 0.70, 1300, 0.66, 1500, 0.64);

    /** uci-move-v1: one token per ply, decoded back to the UCI moves. */
    private static final Encoding MOVES = Encodings.standard();

    private final DiversitySettings settings;
    private final GameFilter filter;
    private final Duplicates duplicates = new Duplicates();
    private final Map<Integer, PositionTable> tables = new TreeMap<>();
    /** Per cap, the sampled openings when {@link DiversitySettings#games()} is set. */
    private final Map<Integer, Reservoir<Opening>> samples = new TreeMap<>();
    private final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    private final List<String> inputErrors = new ArrayList<>();
    private long gamesRead;
    private long gamesUsed;

    private DiversityAnalysis(DiversitySettings settings) {
        this.settings = settings;
        this.filter = new GameFilter(settings.maxCap(), 1, false, MOVES);
        for (int cap : settings.caps()) {
            tables.put(cap, new PositionTable());
            if (settings.games() > 0) {
                samples.put(cap, new Reservoir<>(settings.games(), Seeds.derive(settings.seed(), "games", cap)));
            }
        }
    }

    /**
     * Reads the inputs and measures each cap's diversity.
     *
     * @param inputs files ({@code .pgn}, {@code .csv}, optionally {@code .gz}/{@code .zst}/{@code .bz2}) and folders
     * @param settings caps, plies, threshold
     * @param exclude a folder whose files are never read (the output folder), or null
     * @param progress show progress by input bytes on stderr
     * @return the result; input errors are in its counts
     * @throws IOException if no game is usable (the message gives the games read and the drop reasons)
     * @throws IllegalArgumentException if no input file is found
     */
    public static DiversityResult run(List<Path> inputs, DiversitySettings settings, Path exclude, boolean progress)
            throws IOException {
        List<InputFile> files = InputFiles.expand(inputs).stream().filter(f -> exclude == null
                || !f.path().toAbsolutePath().normalize().startsWith(exclude.toAbsolutePath().normalize())).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + inputs);
        }
        DiversityAnalysis analysis = new DiversityAnalysis(settings);
        long total = 0;
        for (InputFile file : files) {
            total += Files.size(file.path());
        }
        try (Progress bar = Progress.start("analyze", 0, total, ProgressUnit.MIB, progress)) {
            long done = 0;
            for (InputFile file : files) {
                long before = done;
                analysis.read(file, bytes -> bar.stepTo(before + bytes));
                done += Files.size(file.path());
            }
        }
        if (analysis.gamesUsed == 0) {
            throw new IOException(analysis.nothingUsed(files.size()));
        }
        return analysis.result(files);
    }

    private void read(InputFile file, LongConsumer progress) {
        try (GameSource source = GameSource.open(file)) {
            GameRecord record;
            while ((record = source.next()) != null) {
                gamesRead++;
                account(record);
                progress.accept(source.compressedBytesRead());
            }
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            inputErrors.add(message.contains(file.toString()) ? message : file + ": " + message);
        }
    }

    private void account(GameRecord record) {
        if (record instanceof Skipped) {
            dropped.merge(DropReason.MALFORMED, 1L, Long::sum);
            return;
        }
        ParsedGame game = (ParsedGame) record;
        Verdict verdict = filter.screen(game);
        if (verdict instanceof Verdict.Drop drop) {
            dropped.merge(drop.reason(), 1L, Long::sum);
            return;
        }
        TokenizedGame kept = ((Verdict.Keep) verdict).game();
        if (settings.dedupe() && duplicates.check(GameId.of(game), Duplicates.movesKey(kept.moves()), kept.elo())
                .isPresent()) {
            dropped.merge(DropReason.DUPLICATE, 1L, Long::sum);
            return;
        }
        gamesUsed++;
        List<String> moves = new ArrayList<>(settings.plies());
        List<String> keys = new ArrayList<>(settings.plies());
        Position position = Position.start();
        for (int i = 0; i < Math.min(settings.plies(), kept.plies()); i++) {
            String uci = MOVES.decode(kept.moves()[i]).orElseThrow();
            keys.add(settings.key().of(position));
            moves.add(uci);
            position.play(uci);
        }
        int elo = ByColor.max(kept.elo());
        Opening opening = new Opening(List.copyOf(keys), List.copyOf(moves));
        tables.forEach((cap, table) -> {
            if (elo <= cap) {
                if (settings.games() > 0) {
                    samples.get(cap).offer(opening);
                } else {
                    table.add(keys, moves);
                }
            }
        });
    }

    /** One game's counted positions and the moves played from them. */
    private record Opening(List<String> keys, List<String> moves) {
    }

    private DiversityResult result(List<InputFile> files) {
        samples.forEach((cap, sample) -> sample.items().forEach(o -> tables.get(cap).add(o.keys(), o.moves())));
        List<CapDiversity> caps = new ArrayList<>();
        Map<Integer, List<PositionTable.Common>> common = new LinkedHashMap<>();
        for (var entry : tables.entrySet()) {
            List<PositionTable.Common> positions = entry.getValue().common(settings.minCount());
            common.put(entry.getKey(), positions);
            caps.add(measure(entry.getKey(), entry.getValue(), positions));
        }
        DiversityCounts counts = new DiversityCounts(gamesRead, gamesUsed, dropped, List.copyOf(inputErrors), caps);
        return new DiversityResult(settings, files, counts, common);
    }

    private CapDiversity measure(int cap, PositionTable table, List<PositionTable.Common> positions) {
        double[] h = new double[positions.size()];
        double weighted = 0;
        long visits = 0;
        long single = 0;
        for (int i = 0; i < h.length; i++) {
            PositionTable.Common p = positions.get(i);
            h[i] = p.normalizedEntropy();
            weighted += h[i] * p.moves().visits();
            visits += p.moves().visits();
            single += p.moves().distinctMoves() == 1 ? 1 : 0;
        }
        Double mean = h.length == 0 ? null : Arrays.stream(h).average().orElseThrow();
        Double low = null;
        Double high = null;
        if (h.length >= 2 && settings.resamples() > 0) {
            double[] interval = Bootstrap.meanInterval95(h, settings.resamples(), settings.seed());
            low = interval[0];
            high = interval[1];
        }
        return new CapDiversity(cap, table.games(), table.visits(), table.size(), h.length, single, mean, low, high,
                h.length == 0 ? null : weighted / visits, PAPER.get(cap));
    }

    private String nothingUsed(int fileCount) {
        StringBuilder why = new StringBuilder();
        dropped.forEach((reason, n) -> why.append(why.isEmpty() ? "dropped: " : ", ").append(reason).append(' ')
                .append(n));
        if (gamesRead == 0) {
            why.append("the inputs hold no PGN games or CSV rows");
        }
        if (!inputErrors.isEmpty()) {
            why.append("; input error: ").append(inputErrors.get(0));
        }
        return String.format(Locale.ROOT, "no usable game from %,d games read in %d input file(s) (%s); nothing"
                + " written", gamesRead, fileCount, why);
    }
}
