package dev.transcend.arena.sweep;

import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.GameSlots;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.ModelPlayer;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Color;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.model.policy.UniformPolicy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A temperature sweep ({@code transcend play}, the paper's experiment, Zhang et al., 2024, section 4):
 * the model plays every opponent {@code gamesPerOpponent} times at every temperature, alternating
 * colours, on {@code concurrency} slots. Output folder:
 * <ul>
 *   <li>{@code games.csv}: one {@link GameRow} per finished game, appended and flushed as it ends;</li>
 *   <li>{@code games.pgn}: the same games as Lichess-style PGN, each with a {@code GameKey} tag;</li>
 *   <li>{@code manifest.json}: settings, players, counts and file hashes, written when the sweep completes.</li>
 * </ul>
 * Resumable: a rerun into the same folder keeps the games whose key (temperature, opponent, game)
 * is in both files, cuts what a crash left half-written, and plays only the rest.
 */
public final class Sweep {

    /** File name of the per-game table. */
    public static final String GAMES_CSV = "games.csv";
    /** File name of the games as PGN. */
    public static final String GAMES_PGN = "games.pgn";

    private Sweep() {
    }

    /** The manifest's settings: declared as {@link PlayerSpec} so each player is written with its {@code type}. */
    record ResolvedSettings(PlaySettings play, PlayerSpec model, List<PlayerSpec> opponents) {
    }

    /**
     * Runs (or resumes) a sweep.
     *
     * @param model the swept player: a {@link ModelSpec} (its temperature, protocol and maxTries are
     *              replaced by the settings') or a {@link RandomSpec} (a uniform policy under the same
     *              sampling rule, the zero point of the pipeline)
     * @param roster the players {@code settings.opponents()} are picked from by name (e.g. opponents.yaml)
     * @param settings the sweep
     * @param outDir output folder, created if missing
     * @param progress whether to show a progress bar on stderr
     * @return counts over everything in {@code games.csv} after the run
     * @throws ConfigException if the model is an engine, an opponent is unknown or has no rating, or the
     *                         folder holds games of another model or protocol
     * @throws IOException if an engine or checkpoint cannot be opened, or the files cannot be written
     * @throws InterruptedException if interrupted; finished games stay recorded and the manifest is not written
     */
    public static SweepSummary run(PlayerSpec model, List<PlayerSpec> roster, PlaySettings settings, Path outDir,
                                   boolean progress) throws IOException, InterruptedException {
        SweepSlot.ModelOpener opener = opener(model, settings.moveLimit());
        List<PlayerSpec> opponents = new PlayerRoster(roster).select(settings.opponents());
        for (PlayerSpec o : opponents) {
            if (o.rating() == null) {
                throw new ConfigException("opponent '" + o.name() + "' has no rating; games.csv needs every opponent's "
                        + "assumed Elo (set 'rating' and 'calibrated: false' if it is a guess)");
            }
        }
        Files.createDirectories(outDir);
        Set<String> done = reconcile(model, settings, outDir);
        List<GameRow> previous = GamesCsv.read(outDir.resolve(GAMES_CSV));
        List<SweepJob> jobs = schedule(opponents, settings, done);

        double donePoints = previous.stream().mapToDouble(GameRow::modelScore).sum();
        OptionalInt cap = model instanceof ModelSpec m && m.cap() != null ? OptionalInt.of(m.cap()) : OptionalInt.empty();
        GameRunner runner = new GameRunner(settings.moveLimit());
        try (SweepRecorder recorder = new SweepRecorder(model.name(), cap, outDir, previous.size() + jobs.size(),
                previous.size(), donePoints, progress)) {
            GameSlots.run(jobs, settings.concurrency(), slot -> new SweepSlot(opener, runner, recorder::record));
        }
        List<GameRow> rows = GamesCsv.read(outDir.resolve(GAMES_CSV));
        SweepSummary summary = SweepSummary.of(settings.totalGames(), previous.size(), jobs.size(), rows);
        writeManifest(model, opponents, settings, outDir, summary);
        return summary;
    }

    private static SweepSlot.ModelOpener opener(PlayerSpec model, int moveLimit) {
        if (model instanceof ModelSpec m) {
            return sampling -> m.withSampling(sampling).open(moveLimit);
        }
        if (model instanceof RandomSpec r) {
            return sampling -> ModelPlayer.open(r.name(), r.rating(), new UniformPolicy(), sampling, moveLimit);
        }
        throw new ConfigException("player '" + model.name() + "' is an engine; a sweep varies the sampling "
                + "temperature, so the swept player must be of type model or random");
    }

    /**
     * Repairs the folder after a crash and returns the finished keys: cuts a partial CSV line, keeps
     * only games present in both files (PGN is written first, so a crash can leave a game in the PGN only).
     */
    private static Set<String> reconcile(PlayerSpec model, PlaySettings settings, Path outDir) throws IOException {
        Path csvFile = outDir.resolve(GAMES_CSV);
        List<GameRow> rows = GamesCsv.repairAndRead(csvFile);
        for (GameRow r : rows) {
            if (!r.model().equals(model.name()) || r.protocol() != settings.protocol()) {
                throw new ConfigException(csvFile + " holds games of model '" + r.model() + "' under " + r.protocol()
                        + "; this run is model '" + model.name() + "' under " + settings.protocol()
                        + "; use another output folder");
            }
        }
        Set<String> inCsv = new HashSet<>();
        rows.forEach(r -> inCsv.add(r.key().toString()));
        Set<String> kept = new HashSet<>();
        new PgnFile(outDir.resolve(GAMES_PGN)).retain(game -> {
            String key = PgnFile.tag(game, "GameKey").orElse("");
            return inCsv.contains(key) && kept.add(key);
        });
        List<GameRow> both = rows.stream().filter(r -> kept.contains(r.key().toString())).toList();
        if (both.size() != rows.size() || !Files.exists(csvFile)) {
            rewriteCsv(csvFile, both);
        }
        return kept;
    }

    private static void rewriteCsv(Path file, List<GameRow> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            printer.printRecord(GameRow.HEADER);
            for (GameRow r : rows) {
                printer.printRecord(r.cells());
            }
            printer.flush();
        });
    }

    /** Temperature by temperature, opponent by opponent, game by game; the model is White in even games. */
    private static List<SweepJob> schedule(List<PlayerSpec> opponents, PlaySettings settings, Set<String> done) {
        List<SweepJob> jobs = new ArrayList<>();
        for (double tau : settings.temperatures()) {
            for (PlayerSpec opponent : opponents) {
                for (int g = 0; g < settings.gamesPerOpponent(); g++) {
                    GameKey key = new GameKey(tau, opponent.name(), g);
                    if (!done.contains(key.toString())) {
                        long seed = Seeds.derive(settings.seed(), "play/" + GameKey.formatTemperature(tau) + "/"
                                + opponent.name(), g);
                        jobs.add(new SweepJob(key, opponent, settings.sampling(tau),
                                g % 2 == 0 ? Color.WHITE : Color.BLACK, seed));
                    }
                }
            }
        }
        return jobs;
    }

    private static void writeManifest(PlayerSpec model, List<PlayerSpec> opponents, PlaySettings settings,
                                      Path outDir, SweepSummary summary) throws IOException {
        List<FileEntry> inputs = new ArrayList<>();
        Path opponentsFile = Path.of(settings.opponentsFile());
        if (Files.isRegularFile(opponentsFile)) {
            inputs.add(FileEntry.of(opponentsFile));
        }
        if (model instanceof ModelSpec m && Files.isDirectory(Path.of(m.checkpoint()))) {
            try (Stream<Path> files = Files.list(Path.of(m.checkpoint()))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    inputs.add(FileEntry.of(f));
                }
            }
        }
        ResolvedSettings resolved = new ResolvedSettings(settings, model, opponents);
        List<FileEntry> outputs = List.of(FileEntry.of(outDir.resolve(GAMES_CSV), GAMES_CSV),
                FileEntry.of(outDir.resolve(GAMES_PGN), GAMES_PGN));
        Manifest.of("play", inputs, resolved, summary, outputs).writeTo(outDir);
    }
}
