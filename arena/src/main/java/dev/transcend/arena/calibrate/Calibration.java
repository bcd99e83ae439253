package dev.transcend.arena.calibrate;

import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.GameSlots;
import dev.transcend.arena.game.Opening;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.game.PgnWriter;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.arena.player.EngineIdentity;
import dev.transcend.arena.player.ExpertSpec;
import dev.transcend.arena.player.Player;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.ladder.FittedRating;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderFitter;
import dev.transcend.core.ladder.LadderGame;
import dev.transcend.core.ladder.LadderRole;
import dev.transcend.core.ladder.LadderRow;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures one rating scale ({@code transcend calibrate}; issue "the demo shows transcendence", item 2, and "arena at
 * full strength", item 1): every pair of {@code players} plays {@code gamesPerPair} games, colours alternating (with
 * {@code openingPlies}, games {@code 2k} and {@code 2k+1} of a pair share random opening {@code k}); all players'
 * ratings are then fitted jointly from every result (the {@link LadderFitter} the command line passes, the rating
 * module's {@code LadderFit::fit}) and anchored at the stated point. Output folder:
 * <ul>
 *   <li>{@code games.pgn}: the games, Lichess-style PGN ({@code Event "transcend calibrate"}, {@code Round} = the
 *   game's 1-based index in the schedule, {@code OpeningPlies} when set), appended as each ends;</li>
 *   <li>{@code calibrate.json}: the terms the games are played under ({@link CalibrateTerms});</li>
 *   <li>{@code ladder.csv}: core's {@link LadderCsv}, strongest first;</li>
 *   <li>{@code engines.log}, {@code manifest.json} (settings, players' recipes with their limits, engine identities,
 *   counts, the fit's method).</li>
 * </ul>
 * Roles: a {@code type: expert} player is {@link LadderRole#EXPERT} (base and errors from its recipe); a player that
 * is some expert's base is {@link LadderRole#BASE}; any other is {@link LadderRole#PLAYER}. Resumable game by game,
 * like {@code generate}; a rerun of a finished folder refits (e.g. after a change of anchor) without playing.
 */
public final class Calibration {

    /** File name of the games. */
    public static final String GAMES_PGN = "games.pgn";
    /** The PGN {@code Event} of every calibration game. */
    public static final String EVENT = "transcend calibrate";
    /** File name of the terms ({@link CalibrateTerms}). */
    public static final String CALIBRATE_JSON = CalibrateTerms.FILE;
    /** File name of the engines' stderr and UCI traffic tails. */
    public static final String ENGINES_LOG = EngineLog.FILE;

    /** How the ladder is fitted, as recorded in the manifest. */
    public static final String METHOD = "joint maximum-likelihood Elo (logistic/Bradley-Terry, draws = 1/2) over all"
            + " games, 1 virtual draw per pair that played (BayesElo's prior), anchored; 95% Wald intervals from the"
            + " observed Fisher information with the anchor fixed (rating/README.md, LadderFit)";

    private static final StageFolder FOLDER = new StageFolder(Stage.CALIBRATE, Set.of(GAMES_PGN, CALIBRATE_JSON,
            ENGINES_LOG, LadderCsv.FILE_NAME), null);

    private Calibration() {
    }

    /** The manifest's settings: the run's, each player's recipe (its limit is its time control), engine identities. */
    public record ResolvedSettings(CalibrateSettings calibrate, List<PlayerSpec> players, List<EngineIdentity> engines,
                                   String method) {
    }

    private record Job(int index, PlayerSpec white, PlayerSpec black, long seed, Opening opening) {
    }

    /**
     * @param roster   players {@code settings.players()} are picked from by name (experts' bases may be among them)
     * @param settings the run
     * @param outDir   output folder, created if missing; empty or a calibration folder
     * @param progress whether to show progress on stderr
     * @param models   opens a model player's checkpoint
     * @param fitter   the joint rating fit (the rating module's {@code LadderFit::fit})
     * @return counts and the ladder
     * @throws ConfigException if a name is unknown, the folder belongs to another stage, or its games were played under
     *                         other terms; or the fit refuses the games (players not connected to the anchor)
     * @throws IOException if an engine cannot be started or a file cannot be written
     * @throws InterruptedException if stopped; finished games stay in {@code games.pgn}, no ladder or manifest is written
     */
    public static CalibrateSummary run(List<PlayerSpec> roster, CalibrateSettings settings, Path outDir,
                                       boolean progress, PolicyLoader models, LadderFitter fitter)
            throws IOException, InterruptedException {
        List<PlayerSpec> players = new PlayerRoster(roster).select(settings.players());
        FOLDER.claim(outDir);
        PgnFile pgn = new PgnFile(outDir.resolve(GAMES_PGN));
        int total = settings.totalGames();
        List<ParsedGame> existing = pgn.completeGames();
        CalibrateTerms.of(settings, players).claim(outDir, !existing.isEmpty());
        Set<Integer> done = new HashSet<>();
        List<ParsedGame> kept = pgn.retain(game -> game.tag("Event").orElse("").equals(EVENT)
                && roundOf(game) >= 1 && roundOf(game) <= total && done.add(roundOf(game)));
        List<Job> jobs = schedule(players, settings, done);
        AtomicInteger played = new AtomicInteger();
        AtomicInteger engineReplays = new AtomicInteger();
        GameRunner runner = new GameRunner(settings.moveLimit());
        try (EngineLog log = EngineLog.appendingTo(outDir.resolve(ENGINES_LOG));
             Progress bar = Progress.start("calibrate", kept.size(), total, ProgressUnit.of("games"), progress)) {
            GameSlots.run(jobs, settings.concurrency(), slot -> new GameSlots.Slot<Job>() {
                private final Map<String, Player> open = new HashMap<>();

                @Override
                public void run(Job job) throws IOException, InterruptedException {
                    PlayedGame game = runner.play(new ByColor<>(open(job.white()), open(job.black())), job.seed(),
                            job.opening());
                    Map<String, String> tags = job.opening().plies() == 0 ? Map.of()
                            : Map.of("OpeningPlies", Integer.toString(job.opening().plies()));
                    pgn.append(PgnWriter.format(game, EVENT, Integer.toString(job.index() + 1), tags));
                    played.incrementAndGet();
                    engineReplays.addAndGet(game.engineReplays().size());
                    bar.step(1);
                }

                private Player open(PlayerSpec spec) throws IOException, InterruptedException {
                    Player p = open.get(spec.name());
                    if (p == null) {
                        p = spec.open(settings.moveLimit(), models, log);
                        open.put(spec.name(), p);
                    }
                    return p;
                }

                @Override
                public void close() {
                    open.values().forEach(Player::close);
                }
            });
        }
        List<ParsedGame> games = pgn.completeGames();
        List<LadderGame> results = new ArrayList<>();
        int faults = 0;
        for (ParsedGame g : games) {
            Outcome outcome = Outcome.fromPgn(g.tag("Result").orElse("*")).orElseThrow(() -> new IOException(
                    pgn.path() + ": game at line " + g.line() + " has no result 1-0, 0-1 or 1/2-1/2"));
            results.add(new LadderGame(g.tag("White").orElseThrow(), g.tag("Black").orElseThrow(),
                    outcome.scoreFor(dev.transcend.core.chess.Color.WHITE)));
            String reason = g.tag("TerminationReason").orElse("");
            faults += java.util.Arrays.stream(Termination.values())
                    .anyMatch(t -> t.name().equals(reason) && t.isEngineFault()) ? 1 : 0;
        }
        Ladder ladder;
        try {
            ladder = ladder(players, results, fitter.fit(results, settings.anchor().player(),
                    settings.anchor().rating()), settings.anchor().player());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("calibrate: " + e.getMessage(), e);
        }
        LadderCsv.write(outDir.resolve(LadderCsv.FILE_NAME), ladder);
        CalibrateSummary summary = new CalibrateSummary(total, kept.size(), played.get(), games.size(), faults,
                engineReplays.get(), ladder);
        writeManifest(players, settings, outDir, summary);
        return summary;
    }

    /** Pair by pair in roster order; game {@code g} of a pair: opening {@code g / 2}, the first player White when even. */
    private static List<Job> schedule(List<PlayerSpec> players, CalibrateSettings settings, Set<Integer> done) {
        List<Opening> openings = Opening.distinct(settings.gamesPerPair() / 2, settings.openingPlies(),
                settings.seed());
        List<Job> jobs = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < players.size(); i++) {
            for (int j = i + 1; j < players.size(); j++) {
                PlayerSpec a = players.get(i);
                PlayerSpec b = players.get(j);
                for (int g = 0; g < settings.gamesPerPair(); g++, index++) {
                    if (!done.contains(index + 1)) {
                        long seed = Seeds.derive(settings.seed(), "calibrate/" + a.name() + "/" + b.name(), g);
                        jobs.add(g % 2 == 0 ? new Job(index, a, b, seed, openings.get(g / 2))
                                : new Job(index, b, a, seed, openings.get(g / 2)));
                    }
                }
            }
        }
        return jobs;
    }

    /** @return the ladder rows, strongest first, with roles, games and scores */
    private static Ladder ladder(List<PlayerSpec> players, List<LadderGame> results, Map<String, FittedRating> fit,
                                 String anchor) {
        Map<String, Integer> games = new HashMap<>();
        Map<String, Double> points = new HashMap<>();
        for (LadderGame g : results) {
            games.merge(g.white(), 1, Integer::sum);
            games.merge(g.black(), 1, Integer::sum);
            points.merge(g.white(), g.whiteScore(), Double::sum);
            points.merge(g.black(), 1 - g.whiteScore(), Double::sum);
        }
        Set<String> bases = new HashSet<>();
        players.stream().filter(p -> p instanceof ExpertSpec).forEach(p -> bases.add(((ExpertSpec) p).base()));
        List<LadderRow> rows = new ArrayList<>();
        for (PlayerSpec p : players) {
            FittedRating r = fit.get(p.name());
            if (r == null) {
                continue; // no finished game yet (cannot happen after a full run)
            }
            int n = games.get(p.name());
            LadderRole role = p instanceof ExpertSpec ? LadderRole.EXPERT
                    : bases.contains(p.name()) ? LadderRole.BASE : LadderRole.PLAYER;
            String base = p instanceof ExpertSpec x ? x.base() : "";
            String errors = p instanceof ExpertSpec x ? errors(x) : "";
            rows.add(new LadderRow(p.name(), role, base, errors, r.rating(), r.low95(), r.high95(), n,
                    points.get(p.name()) / n, p.name().equals(anchor)));
        }
        rows.sort(Comparator.comparingDouble(LadderRow::rating).reversed());
        return new Ladder(rows);
    }

    /** @return the expert's error model in words, e.g. {@code random p=0.5} or {@code systematic knight-capture} */
    static String errors(ExpertSpec expert) {
        if (expert.errors() == null) {
            return "";
        }
        String kind = String.valueOf(expert.errors().kind());
        if (expert.errors().rate() != null && expert.errors().blindSpot() == null) {
            return kind + " p=" + String.format(Locale.ROOT, "%s", expert.errors().rate());
        }
        return expert.errors().blindSpot() == null ? kind : kind + " " + expert.errors().blindSpot();
    }

    private static int roundOf(ParsedGame game) {
        try {
            return Integer.parseInt(game.tag("Round").orElse(""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void writeManifest(List<PlayerSpec> players, CalibrateSettings settings, Path outDir,
                                      CalibrateSummary summary)
            throws IOException, InterruptedException {
        List<FileEntry> inputs = new ArrayList<>();
        Path playersFile = Path.of(settings.playersFile());
        if (Files.isRegularFile(playersFile)) {
            inputs.add(FileEntry.of(playersFile));
        }
        ResolvedSettings resolved = new ResolvedSettings(settings, players, EngineIdentity.of(players), METHOD);
        List<FileEntry> outputs = new ArrayList<>(List.of(FileEntry.of(outDir.resolve(GAMES_PGN), GAMES_PGN),
                FileEntry.of(outDir.resolve(CALIBRATE_JSON), CALIBRATE_JSON),
                FileEntry.of(outDir.resolve(LadderCsv.FILE_NAME), LadderCsv.FILE_NAME)));
        if (Files.isRegularFile(outDir.resolve(ENGINES_LOG))) {
            outputs.add(FileEntry.of(outDir.resolve(ENGINES_LOG), ENGINES_LOG));
        }
        Manifest.of(Stage.CALIBRATE, inputs, resolved, summary, outputs).writeTo(outDir);
    }
}
