package dev.transcend.arena.sweep;

import dev.transcend.arena.engine.EngineLocator;
import dev.transcend.arena.player.EngineSpec;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.games.GameKey;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.GameSlots;
import dev.transcend.arena.game.Opening;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.EngineIdentity;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.ModelPlayer;
import dev.transcend.arena.player.LadderRatings;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Color;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;
import dev.transcend.core.provenance.Terms;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.policy.UniformPolicy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A temperature sweep ({@code transcend play}, the paper's experiment, Zhang et al., 2024, section 4):
 * the model plays every opponent {@code gamesPerOpponent} times at every temperature, alternating
 * colours, on {@code concurrency} slots; with {@code openingPlies} set, each pair of games (model White, then Black)
 * starts from one random opening ({@link Opening}). Output folder:
 * <ul>
 *   <li>{@code games.csv}: one {@link GameRow} per finished game, appended and flushed as it ends;</li>
 *   <li>{@code games.pgn}: the same games as Lichess-style PGN, each with a {@code GameKey} tag;</li>
 *   <li>{@code sweep.json}: the terms the games are played under ({@link SweepTerms}), written when the sweep
 *   starts and checked when it resumes;</li>
 *   <li>{@code engines.log}: the engines' stderr and the tails of their UCI traffic ({@link EngineLog});</li>
 *   <li>{@code manifest.json}: settings, players, counts and file hashes, written when the sweep completes.</li>
 * </ul>
 * Resumable: a rerun into the same folder keeps the games whose key (temperature, opponent, game)
 * is in both files, cuts what a crash left half-written, and plays only the rest.
 *
 * <p>With {@code sprt:} set ({@link PlaySettings#sprt()}), a temperature gets no more games once the sequential
 * probability ratio test of "the model's rating is above X" over its recorded games decides ({@link SprtCells}); the
 * recorded games of a resumed sweep count, so a decided temperature plays nothing more.
 */
public final class Sweep {

    /** File name of the per-game table. */
    public static final String GAMES_CSV = "games.csv";
    /** File name of the games as PGN. */
    public static final String GAMES_PGN = "games.pgn";
    /** File name of the terms the folder's games are played under, written when a sweep starts. */
    public static final String SWEEP_JSON = SweepTerms.FILE;

    /** File name of the engines' stderr and UCI traffic tails ({@link EngineLog}), appended to by every run. */
    public static final String ENGINES_LOG = EngineLog.FILE;

    /** A sweep folder: its files, and {@code sweep.json}, written first, marks an unfinished sweep. */
    private static final StageFolder FOLDER = new StageFolder(Stage.PLAY, Set.of(GAMES_CSV, GAMES_PGN, SWEEP_JSON,
            ENGINES_LOG), SWEEP_JSON);

    private Sweep() {
    }

    /**
     * The manifest's settings. Opponents are declared as {@link PlayerSpec} so each is written with its
     * {@code type}; the swept model is written without sampling settings, which {@code play} holds
     * (one protocol, several temperatures). {@code engines} names each engine opponent's executable, {@code id name}
     * and options (null in manifests written before it).
     */
    record ResolvedSettings(PlaySettings play, SweptModel model, List<PlayerSpec> opponents,
                            List<EngineIdentity> engines) {
    }

    /**
     * @param name the model's name in games.csv
     * @param checkpoint its checkpoint folder, or null for the random mover
     * @param cap rating cap of its training data, or null if unknown
     */
    record SweptModel(String name, String checkpoint, Integer cap) {
        static SweptModel of(PlayerSpec model) {
            return model instanceof ModelSpec m ? new SweptModel(m.name(), m.checkpoint(), m.cap())
                    : new SweptModel(model.name(), null, null);
        }
    }

    /**
     * Runs (or resumes) a sweep.
     *
     * @param model the swept player: a {@link ModelSpec} (its temperature, protocol and maxTries are
     *              replaced by the settings') or a {@link RandomSpec} (a uniform policy under the same
     *              sampling rule, the zero point of the pipeline)
     * @param roster the players {@code settings.opponents()} are picked from by name (e.g. opponents.yaml)
     * @param settings the sweep
     * @param outDir output folder, created if missing; it must be empty or a sweep folder (see {@link StageFolder})
     * @param progress whether to show a progress bar on stderr
     * @param models opens the swept model's checkpoint (the model module's loader, passed in by the command line)
     * @return counts over everything in {@code games.csv} after the run
     * @throws ConfigException if the model is an engine, an opponent is unknown or has no rating, {@code sprt.above} is
     *                         {@code cap} for a model without a cap, {@code outDir}
     *                         belongs to another stage or holds other files, or the folder's games are of another
     *                         model or protocol or were played under other terms (move limit, seed, maxTries, an
     *                         opponent's rating, options or limit, contextOverflow; see {@code sweep.json}), or the
     *                         model's context is shorter than the move limit under {@code contextOverflow: refuse}
     * @throws MalformedCsvException if the folder's {@code games.csv} is malformed, holds a game twice or an opponent
     *                               with two ratings (the rate stage's checks)
     * @throws EngineException if an engine cannot be started, or an opponent lost every game of this run (at least
     *                         2) by its own fault; those games are recorded first, the manifest is not written
     * @throws IOException if a checkpoint cannot be opened, or the files cannot be written
     * @throws InterruptedException if stopped (thread interrupted, JVM shutdown, an engine ended by SIGINT, SIGTERM
     *                              or SIGHUP); finished games stay recorded, the games in progress are not, and the
     *                              manifest is not written
     */
    public static SweepSummary run(PlayerSpec model, List<PlayerSpec> roster, PlaySettings settings, Path outDir,
                                   boolean progress, PolicyLoader models) throws IOException, InterruptedException {
        SweepSlot.ModelOpener opener = opener(model, settings.moveLimit(), settings.contextOverflow(), models);
        List<PlayerSpec> opponents = new PlayerRoster(roster).select(settings.opponents());
        if (settings.ladder() != null) {
            LadderRatings rated = LadderRatings.apply(opponents, Path.of(settings.ladder()));
            opponents = rated.players();
            if (!rated.missing().isEmpty()) {
                System.err.println("note: the ladder " + settings.ladder() + " does not rate " + rated.missing()
                        + "; they keep their roster ratings");
            }
        }
        for (PlayerSpec o : opponents) {
            if (o.rating() == null) {
                throw new ConfigException("opponent '" + o.name() + "' has no rating; games.csv needs every opponent's "
                        + "assumed Elo (set 'rating' and 'calibrated: false' if it is a guess)");
            }
        }
        OptionalInt cap = model instanceof ModelSpec m && m.cap() != null ? OptionalInt.of(m.cap()) : OptionalInt.empty();
        OptionalDouble sprtAbove = sprtThreshold(settings, cap, opponents);
        EngineSpec adjudicator = adjudicator(settings, roster); // before the folder is made: a bad one leaves none
        FOLDER.claim(outDir);
        Path csvFile = outDir.resolve(GAMES_CSV);
        List<GameRow> recorded = GamesCsv.repairAndRead(csvFile);
        SweepTerms.of(model, cap, settings, opponents, adjudicator).claim(outDir, recorded);
        checkModel(recorded, model, settings, csvFile); // also for a games.csv that disagrees with sweep.json
        List<GameRow> previous = reconcile(recorded, outDir);
        Set<String> done = new HashSet<>();
        previous.forEach(r -> done.add(r.key().toString()));
        List<SweepJob> jobs = schedule(opponents, settings, done);
        Optional<SprtCells> cells = sprtAbove.isEmpty() ? Optional.empty()
                : Optional.of(new SprtCells(settings.sprt(), sprtAbove.getAsDouble(), previous)); // recorded games count

        double donePoints = previous.stream().mapToDouble(GameRow::modelScore).sum();
        GameRunner runner = new GameRunner(settings.moveLimit());
        int engineReplays;
        try (EngineLog log = EngineLog.appendingTo(outDir.resolve(ENGINES_LOG));
             SweepRecorder recorder = new SweepRecorder(model.name(), cap, outDir, previous.size() + jobs.size(),
                previous.size(), donePoints, progress)) {
            SweepSlot.Recorder record = cells.isEmpty() ? recorder::record
                    : (job, game) -> cells.get().add(recorder.record(job, game));
            GameSlots.run(jobs, settings.concurrency(), slot -> new SweepSlot(opener, runner, record, log,
                    key -> cells.isEmpty() || cells.get().needed(key), adjudicator,
                    adjudicator == null ? 0 : settings.adjudication().marginCp()));
            engineReplays = recorder.engineReplays();
        }
        List<GameRow> rows = GamesCsv.read(csvFile);
        EngineFailures.check(rows.stream().filter(r -> !done.contains(r.key().toString())).toList(), "this run",
                csvFile);
        EngineFailures.check(rows, "the folder", csvFile); // a rerun of a failed sweep fails again
        int stoppedEarly = cells.map(SprtCells::skipped).orElse(0);
        SweepSummary summary = SweepSummary.of(settings.totalGames(), previous.size(), jobs.size() - stoppedEarly,
                engineReplays, rows, stoppedEarly, cells.map(c -> c.verdicts(rows)).orElse(Map.of()));
        writeManifest(model, opponents, settings, outDir, summary);
        return summary;
    }

    /**
     * @return the engine of {@code play.adjudication}, or null when games at the move limit are the paper's draws
     * @throws ConfigException if it is not a player of the roster, or not an engine
     * @throws EngineException if its binary is missing (before any game is played)
     */
    private static EngineSpec adjudicator(PlaySettings settings, List<PlayerSpec> roster) throws EngineException {
        if (settings.adjudication() == null) {
            return null;
        }
        String name = settings.adjudication().engine();
        PlayerSpec spec;
        try {
            spec = new PlayerRoster(roster).select(List.of(name)).get(0);
        } catch (ConfigException e) {
            throw new ConfigException("adjudication.engine: " + e.getMessage(), e);
        }
        if (!(spec instanceof EngineSpec engine)) {
            throw new ConfigException("adjudication.engine: '" + name + "' is not an engine player (type: engine) of "
                    + settings.opponentsFile());
        }
        try {
            EngineLocator.locate(engine.command());
        } catch (EngineException e) {
            throw new EngineException("adjudication.engine '" + name + "': " + e.getMessage(), e);
        }
        return engine;
    }

    /**
     * X of the SPRT early stop: the model's cap, the best opponent's rating or a number.
     *
     * @return X, or empty when {@code settings.sprt()} is not set
     * @throws ConfigException if X is the cap and the model has none
     */
    private static OptionalDouble sprtThreshold(PlaySettings settings, OptionalInt cap, List<PlayerSpec> opponents) {
        if (settings.sprt() == null) {
            return OptionalDouble.empty();
        }
        double best = opponents.stream().mapToDouble(PlayerSpec::rating).max().orElseThrow();
        OptionalDouble x = settings.sprt().threshold(cap, best);
        if (x.isEmpty()) {
            throw new ConfigException("sprt.above: cap, but the model has no rating cap; give sprt.above an Elo "
                    + "number or 'best' (the highest-rated opponent)");
        }
        return x;
    }

    private static SweepSlot.ModelOpener opener(PlayerSpec model, int moveLimit, ContextOverflow overflow,
                                                PolicyLoader models) {
        if (model instanceof ModelSpec m) {
            return sampling -> m.withSampling(sampling).open(moveLimit, overflow, models);
        }
        if (model instanceof RandomSpec r) {
            return sampling -> ModelPlayer.open(r.name(), r.rating(), new UniformPolicy(), sampling, moveLimit,
                    overflow);
        }
        throw new ConfigException("player '" + model.name() + "' is an engine; a sweep varies the sampling "
                + "temperature, so the swept player must be of type model or random");
    }

    /** The games in {@code games.csv} are of this model and protocol, whatever {@code sweep.json} says. */
    private static void checkModel(List<GameRow> rows, PlayerSpec model, PlaySettings settings, Path csvFile) {
        record Swept(String model, SamplingProtocol protocol) {
        }
        Swept now = new Swept(model.name(), settings.protocol());
        rows.stream().map(r -> new Swept(r.model(), r.protocol())).filter(s -> !s.equals(now)).findFirst()
                .ifPresent(other -> Terms.require(Stage.PLAY, csvFile, other, now));
    }

    /**
     * Repairs the folder after a crash and returns the finished games: keeps only games present in both files (PGN
     * is written first, so a crash can leave a game in the PGN only, or half a game).
     */
    private static List<GameRow> reconcile(List<GameRow> rows, Path outDir) throws IOException {
        Path csvFile = outDir.resolve(GAMES_CSV);
        Set<String> inCsv = new HashSet<>();
        rows.forEach(r -> inCsv.add(r.key().toString()));
        Set<String> kept = new HashSet<>();
        new PgnFile(outDir.resolve(GAMES_PGN)).retain(game -> {
            String key = game.tag("GameKey").orElse("");
            return inCsv.contains(key) && kept.add(key);
        });
        List<GameRow> both = rows.stream().filter(r -> kept.contains(r.key().toString())).toList();
        if (both.size() != rows.size() || !Files.exists(csvFile)) {
            rewriteCsv(csvFile, both);
        }
        return both;
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

    /**
     * Temperature by temperature, opponent by opponent, game by game; the model is White in even games. With
     * {@code sprt:} set, a temperature's games go round the opponents instead (game 0 against each, then game 1, ...),
     * so that a test stopped early has seen every opponent; the games (keys, colours, seeds) are the same.
     */
    private static List<SweepJob> schedule(List<PlayerSpec> opponents, PlaySettings settings, Set<String> done) {
        List<SweepJob> jobs = new ArrayList<>();
        List<Opening> openings = Opening.distinct((settings.gamesPerOpponent() + 1) / 2, settings.openingPlies(),
                settings.seed());
        for (double tau : settings.temperatures()) {
            List<SweepJob> cell = new ArrayList<>();
            for (PlayerSpec opponent : opponents) {
                for (int g = 0; g < settings.gamesPerOpponent(); g++) {
                    GameKey key = new GameKey(tau, opponent.name(), g);
                    if (!done.contains(key.toString())) {
                        long seed = Seeds.derive(settings.seed(), "play/" + GameKey.formatTemperature(tau) + "/"
                                + opponent.name(), g);
                        cell.add(new SweepJob(key, opponent, settings.sampling(tau),
                                g % 2 == 0 ? Color.WHITE : Color.BLACK, seed, openings.get(g / 2)));
                    }
                }
            }
            if (settings.sprt() != null) {
                cell.sort(Comparator.comparingInt((SweepJob j) -> j.key().game())); // stable: opponents keep their order
            }
            jobs.addAll(cell);
        }
        return jobs;
    }

    private static void writeManifest(PlayerSpec model, List<PlayerSpec> opponents, PlaySettings settings,
                                      Path outDir, SweepSummary summary) throws IOException, InterruptedException {
        List<FileEntry> inputs = new ArrayList<>();
        Path opponentsFile = Path.of(settings.opponentsFile());
        if (Files.isRegularFile(opponentsFile)) {
            inputs.add(FileEntry.of(opponentsFile));
        }
        if (settings.ladder() != null) {
            inputs.add(FileEntry.of(Path.of(settings.ladder())));
        }
        if (model instanceof ModelSpec m && Files.isDirectory(Path.of(m.checkpoint()))) {
            try (Stream<Path> files = Files.list(Path.of(m.checkpoint()))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    inputs.add(FileEntry.of(f));
                }
            }
        }
        ResolvedSettings resolved = new ResolvedSettings(settings, SweptModel.of(model), opponents,
                EngineIdentity.of(opponents));
        List<FileEntry> outputs = new ArrayList<>(List.of(FileEntry.of(outDir.resolve(GAMES_CSV), GAMES_CSV),
                FileEntry.of(outDir.resolve(GAMES_PGN), GAMES_PGN),
                FileEntry.of(outDir.resolve(SWEEP_JSON), SWEEP_JSON)));
        if (Files.isRegularFile(outDir.resolve(ENGINES_LOG))) { // no engine, no log (a sweep against the random mover)
            outputs.add(FileEntry.of(outDir.resolve(ENGINES_LOG), ENGINES_LOG));
        }
        Manifest.of(Stage.PLAY, inputs, resolved, summary, outputs).writeTo(outDir);
    }
}
