package dev.transcend.arena.generate;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.GameSlots;
import dev.transcend.arena.game.Opening;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.game.PgnWriter;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.arena.player.EngineIdentity;
import dev.transcend.arena.player.LadderRatings;
import dev.transcend.arena.player.Player;
import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates training games ({@code transcend generate}): a panel of players (weak engines and the
 * random mover, each with an assumed, uncalibrated rating) plays {@code games} games through the same
 * {@link GameRunner} and players as the experiment, written as Lichess-style PGN to {@code games.pgn}
 * with {@code WhiteElo}/{@code BlackElo} = the players' ratings (assumed, or measured by a {@code ladder.csv}), so the rating-cap filter of
 * data preparation applies to them as to Lichess games. The product cannot ship third-party games;
 * these are its own.
 *
 * <p>Resumable: game {@code i} is identified by {@code Round "i+1"}; a rerun drops a game a crash cut
 * short and plays only the indices not yet in the file.
 */
public final class Generator {

    /** File name of the generated games. */
    public static final String GAMES_PGN = "games.pgn";
    /** The PGN {@code Event} of every generated game; an existing {@code games.pgn} with other games is refused. */
    public static final String EVENT = "transcend generate";

    /** File name of the terms the games are played under ({@link GenerateTerms}), written when a run starts. */
    public static final String GENERATE_JSON = GenerateTerms.FILE;

    /** File name of the engines' stderr and UCI traffic tails ({@link EngineLog}), appended to by every run. */
    public static final String ENGINES_LOG = EngineLog.FILE;

    /**
     * A generation folder: an unfinished run leaves {@code games.pgn}, whose games are checked by event, and
     * {@code generate.json}.
     */
    private static final StageFolder FOLDER = new StageFolder(Stage.GENERATE, Set.of(GAMES_PGN, GENERATE_JSON,
            ENGINES_LOG), null);

    private Generator() {
    }

    /**
     * The manifest's settings, read back by {@code run} to see whether the games it trained on would change. Declared
     * as {@link PlayerSpec} so each player is written with its {@code type}; {@code engines} names each engine
     * player's executable, {@code id name} and options (null in manifests written before it).
     */
    public record ResolvedSettings(GenerateSettings generate, List<PlayerSpec> panel, List<EngineIdentity> engines) {
    }

    /** One scheduled game. */
    private record Job(int index, PlayerSpec white, PlayerSpec black, long seed, Opening opening) {
    }

    /**
     * @param roster players the panel ({@code settings.players()}) is picked from by name
     * @param settings the run
     * @param outDir output folder, created if missing; it must be empty or a generation folder (see
     *               {@link StageFolder}) whose {@code games.pgn} holds only games with {@code Event} {@link #EVENT}
     * @param progress whether to show progress on stderr (a bar on a terminal, log lines otherwise)
     * @param models opens the checkpoint of any model player in the panel (the command line passes the model's loader)
     * @return counts
     * @throws ConfigException if a panel name is unknown, a player has no rating, or {@code outDir} belongs to another
     *                         stage or holds other files or games, or its games were played under other terms (panel,
     *                         pairing, move limit, seed, a player's rating, options or limit; see {@code generate.json})
     * @throws IOException if an engine cannot be started or the file cannot be written
     * @throws InterruptedException if stopped (thread interrupted, JVM shutdown, an engine ended by SIGINT, SIGTERM or
     *                              SIGHUP); finished games stay in the file, the games in progress are not written,
     *                              and the manifest is not written
     */
    public static GenerateSummary run(List<PlayerSpec> roster, GenerateSettings settings, Path outDir, boolean progress,
                                      PolicyLoader models) throws IOException, InterruptedException {
        List<PlayerSpec> panel = new PlayerRoster(roster).select(settings.players());
        if (settings.ladder() != null) {
            LadderRatings rated = LadderRatings.apply(panel, Path.of(settings.ladder()));
            panel = rated.players();
            if (!rated.missing().isEmpty()) {
                System.err.println("note: the ladder " + settings.ladder() + " does not rate " + rated.missing()
                        + "; they keep their roster ratings");
            }
        }
        for (PlayerSpec p : panel) {
            if (p.rating() == null) {
                throw new ConfigException("player '" + p.name() + "' has no rating; generated games need each "
                        + "player's assumed Elo for WhiteElo/BlackElo");
            }
        }
        FOLDER.claim(outDir);
        PgnFile pgn = new PgnFile(outDir.resolve(GAMES_PGN));
        List<GameRecord> records = pgn.records();
        List<ParsedGame> existing = records.stream().filter(PgnFile::isComplete).map(ParsedGame.class::cast).toList();
        checkOwnGames(pgn, records);
        GenerationTally.of(records, pgn.path()); // a hand-damaged game is named now, before any game is played
        checkRounds(pgn, existing, settings.games());
        GenerateTerms.of(settings, panel).claim(outDir, !existing.isEmpty());
        checkPlayers(pgn, existing, panel);
        Set<Integer> done = new HashSet<>();
        List<ParsedGame> kept = pgn.retain(game -> done.add(round(game))); // drops a cut-short game and duplicates
        List<Job> jobs = new ArrayList<>();
        List<Opening> openings = settings.openingPlies() == 0 ? null
                : Opening.distinct(settings.games(), settings.openingPlies(), settings.seed());
        for (int i = 0; i < settings.games(); i++) {
            if (!done.contains(i + 1)) {
                int[] pair = settings.pairing().pair(i, panel.size(), settings.seed());
                jobs.add(new Job(i, panel.get(pair[0]), panel.get(pair[1]), Seeds.derive(settings.seed(), "generate", i),
                        openings == null ? Opening.START : openings.get(i)));
            }
        }
        AtomicInteger played = new AtomicInteger();
        AtomicInteger engineReplays = new AtomicInteger();
        GameRunner runner = new GameRunner(settings.moveLimit());
        try (EngineLog log = EngineLog.appendingTo(outDir.resolve(ENGINES_LOG));
             Progress bar = Progress.start("generate", kept.size(), kept.size() + jobs.size(),
                ProgressUnit.of("games"), progress)) {
            GameSlots.run(jobs, settings.concurrency(), slot -> new GameSlots.Slot<Job>() {
                private final Map<String, Player> players = new HashMap<>();

                @Override
                public void run(Job job) throws IOException, InterruptedException {
                    PlayedGame game = runner.play(new ByColor<>(open(job.white(), ""),
                            open(job.black(), job.white() == job.black() ? "#black" : "")), job.seed(),
                            job.opening());
                    pgn.append(PgnWriter.format(game, EVENT, Integer.toString(job.index() + 1), job.opening().plies()
                            == 0 ? Map.of() : Map.of("OpeningPlies", Integer.toString(job.opening().plies()))));
                    played.incrementAndGet();
                    engineReplays.addAndGet(game.engineReplays().size());
                    bar.step(1);
                }

                /** A player plays itself (a panel of one) through a second instance, keyed {@code name#black}. */
                private Player open(PlayerSpec spec, String instance) throws IOException, InterruptedException {
                    Player p = players.get(spec.name() + instance);
                    if (p == null) {
                        p = spec.open(settings.moveLimit(), models, log);
                        players.put(spec.name() + instance, p);
                    }
                    return p;
                }

                @Override
                public void close() {
                    players.values().forEach(Player::close);
                }
            });
        }
        GenerateSummary summary = GenerationTally.of(pgn.records(), pgn.path()).summary(settings.games(), kept.size(),
                played.get(), engineReplays.get());
        writeManifest(panel, settings, outDir, summary);
        return summary;
    }

    /** Resuming rewrites the file keeping games by {@code Round}; someone else's PGN would lose its games. */
    private static void checkOwnGames(PgnFile pgn, List<GameRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (!PgnFile.isComplete(records.get(i))) {
                continue;
            }
            String event = ((ParsedGame) records.get(i)).tag("Event").orElse("");
            if (!event.equals(EVENT)) {
                throw new ConfigException(pgn.path() + " holds games not generated by transcend (game " + (i + 1)
                        + " has Event '" + event + "', not '" + EVENT + "'); use another --out folder");
            }
        }
    }

    /** A file with more games than this run schedules would feed them all to prepare, unlike what the config says. */
    private static void checkRounds(PgnFile pgn, List<ParsedGame> games, int scheduled) {
        int last = games.stream().mapToInt(Generator::round).max().orElse(0);
        if (last > scheduled) {
            throw new ConfigException(pgn.path() + " holds game " + last + " (Round), more than games: " + scheduled
                    + "; set games to at least " + last + " to keep them, or use another --out folder");
        }
    }

    /**
     * The panel matches {@code generate.json}; a game naming another player or rating was edited by hand, and its
     * {@code WhiteElo}/{@code BlackElo} would move it across the rating cap.
     */
    private static void checkPlayers(PgnFile pgn, List<ParsedGame> games, List<PlayerSpec> panel) throws IOException {
        Map<String, String> ratings = new HashMap<>();
        panel.forEach(p -> ratings.put(p.name(), p.rating().toString()));
        for (int i = 0; i < games.size(); i++) {
            for (String color : List.of("White", "Black")) {
                String name = games.get(i).tag(color).orElseThrow();
                String elo = games.get(i).tag(color + "Elo").orElse("none");
                String problem = !ratings.containsKey(name) ? color + " '" + name + "' is not in the panel " + panel
                        .stream().map(PlayerSpec::name).toList()
                        : !ratings.get(name).equals(elo) ? color + "Elo '" + elo + "' is not " + name + "'s rating "
                        + ratings.get(name) : null;
                if (problem != null) {
                    throw GenerationTally.handEdited(pgn.path(), i + 1, problem, null);
                }
            }
        }
    }

    /** Game {@code i}'s {@code Round}, {@code i + 1}; checked by {@link GenerationTally} before it is used. */
    private static int round(ParsedGame game) {
        return Integer.parseInt(game.tag("Round").orElseThrow());
    }

    private static void writeManifest(List<PlayerSpec> panel, GenerateSettings settings, Path outDir,
                                      GenerateSummary summary) throws IOException, InterruptedException {
        List<FileEntry> inputs = new ArrayList<>();
        Path playersFile = Path.of(settings.playersFile());
        if (Files.isRegularFile(playersFile)) {
            inputs.add(FileEntry.of(playersFile));
        }
        if (settings.ladder() != null) {
            inputs.add(FileEntry.of(Path.of(settings.ladder())));
        }
        ResolvedSettings resolved = new ResolvedSettings(settings, panel, EngineIdentity.of(panel));
        List<FileEntry> outputs = new ArrayList<>(List.of(FileEntry.of(outDir.resolve(GAMES_PGN), GAMES_PGN),
                FileEntry.of(outDir.resolve(GENERATE_JSON), GENERATE_JSON)));
        if (Files.isRegularFile(outDir.resolve(ENGINES_LOG))) { // no engine in the panel, no log
            outputs.add(FileEntry.of(outDir.resolve(ENGINES_LOG), ENGINES_LOG));
        }
        Manifest.of(Stage.GENERATE, inputs, resolved, summary, outputs).writeTo(outDir);
    }
}
