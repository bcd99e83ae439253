package dev.transcend.arena.sweep;


import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.games.GameKey;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.arena.EngineSignals;
import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.PgnReadBack;
import dev.transcend.arena.ShortContextPolicy;
import dev.transcend.arena.SweepProcess;
import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.EngineSpec;
import dev.transcend.arena.player.EngineIdentity;
import dev.transcend.arena.player.ModelSpec;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Termination;
import dev.transcend.core.io.Json;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class SweepTest {

    private static final RandomSpec MODEL = new RandomSpec("uniform-model", null, false, "");
    private static final List<PlayerSpec> ROSTER = List.of(
            MisbehavingEngines.stockfishDepth("sf-depth1", 1),
            new RandomSpec("random", 400, false, "assumed"));

    private static PlaySettings settings(int gamesPerOpponent, int concurrency) {
        return new PlaySettings(List.of(0.5, 1.0), List.of("sf-depth1", "random"), gamesPerOpponent,
                SamplingProtocol.LEGAL_MOVES, 5, 40, concurrency, 5L, "no-such-file.yaml");
    }

    @Test
    void sweepWritesOneRowAndOnePgnGamePerGame(@TempDir Path out) throws Exception {
        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings(3, 2), out, false, PolicyLoader.none());
        assertEquals(12, summary.games());
        assertEquals(12, summary.played());
        assertEquals(summary.games(), summary.wins() + summary.draws() + summary.losses());

        List<String> lines = Files.readAllLines(out.resolve("games.csv"));
        assertEquals("model,cap,protocol,temperature,opponent,opponent_rating,opponent_calibrated,game,model_color,"
                + "result,model_score,termination,plies,illegal_attempts,seed,duration_ms,detail", lines.get(0));
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(12, rows.size());
        assertEquals(12, rows.stream().map(GameRow::key).distinct().count());
        for (GameRow r : rows) {
            assertEquals(r.game() % 2 == 0 ? Color.WHITE : Color.BLACK, r.modelColor());
            assertEquals(Seeds.derive(5, "play/" + GameKey.formatTemperature(r.temperature()) + "/" + r.opponent(),
                    r.game()), r.seed());
            assertEquals(r.result().scoreFor(r.modelColor()), r.modelScore());
            assertEquals(r.opponent().equals("random") ? 400 : 1500, r.opponentRating());
            assertEquals("uniform-model", r.model());
            assertEquals(0, r.illegalAttempts());
        }
        assertTrue(lines.get(1).startsWith("uniform-model,,LEGAL_MOVES,"), lines.get(1));

        List<ParsedGame> games = new PgnFile(out.resolve("games.pgn")).completeGames();
        assertEquals(keys(rows), pgnKeys(games));
        for (ParsedGame game : games) {
            GameRow row = rows.stream().filter(r -> r.key().toString().equals(game.tag("GameKey").orElseThrow()))
                    .findFirst().orElseThrow();
            String modelTag = row.modelColor() == Color.WHITE ? "White" : "Black";
            assertEquals("uniform-model", game.tag(modelTag).orElseThrow());
            assertEquals(row.result().pgn(), game.tag("Result").orElseThrow());
            List<String> moves = PgnReadBack.moves(game).uci();
            assertEquals(row.plies(), moves.size());
            if (row.termination() == Termination.MOVE_LIMIT) {
                assertEquals(80, row.plies());
            } else {
                assertEquals(row.termination(), Position.afterMoves(moves).end().orElseThrow().termination());
            }
        }
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(Stage.PLAY, manifest.stage());
        assertEquals(12, manifest.countsAs(SweepSummary.class).games());
        Sweep.ResolvedSettings settings = manifest.settingsAs(Sweep.ResolvedSettings.class);
        assertEquals("uniform-model", settings.model().name());
        assertTrue(settings.model().checkpoint() == null, "the random mover has no checkpoint");
        List<EngineIdentity> engines = settings.engines();
        assertEquals(1, engines.size(), "the engine opponent; the random mover is no engine");
        assertEquals("sf-depth1", engines.get(0).player());
        assertTrue(engines.get(0).path().endsWith("stockfish"), engines.toString());
        assertTrue(engines.get(0).idName().startsWith("Stockfish"), engines.toString());
    }

    @Test
    void resumeAfterInterruptAndCrashDebrisLosesAndRepeatsNothing(@TempDir Path out) throws Exception {
        PlaySettings settings = settings(4, 2); // 16 games
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread sweep = new Thread(() -> {
            try {
                Sweep.run(MODEL, ROSTER, settings, out, false, PolicyLoader.none());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        sweep.start();
        Path csv = out.resolve("games.csv");
        while (sweep.isAlive() && (!Files.exists(csv) || Files.readAllLines(csv).size() < 4)) {
            Thread.sleep(2);
        }
        sweep.interrupt(); // stops the sweep mid-game, like Ctrl-C in a long run
        sweep.join();
        assertInstanceOf(InterruptedException.class, thrown.get());

        List<GameRow> before = GamesCsv.read(csv);
        assertTrue(before.size() >= 3 && before.size() < 16, "rows after interrupt: " + before.size());
        String csvBefore = Files.readString(csv);
        // what a crash can leave: half a CSV row, a game in the PGN whose row was never written, half a game
        Files.writeString(csv, "uniform-model,,LEGAL_MOVES,1.0,sf-dep", StandardOpenOption.APPEND);
        Path pgn = out.resolve("games.pgn");
        String orphan = new PgnFile(pgn).completeGames().get(0).toPgn().replaceFirst("\\[GameKey \"[^\"]*\"\\]",
                "[GameKey \"1.0/random/3\"]");
        Files.writeString(pgn, orphan + orphan.substring(0, orphan.length() / 2), StandardOpenOption.APPEND);

        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings, out, false, PolicyLoader.none());
        assertEquals(before.size(), summary.resumed());
        assertEquals(16 - before.size(), summary.played());
        List<GameRow> after = GamesCsv.read(csv);
        assertEquals(16, after.size());
        assertEquals(16, keys(after).size());
        assertTrue(Files.readString(csv).startsWith(csvBefore), "finished rows were rewritten");
        List<ParsedGame> games = new PgnFile(pgn).completeGames();
        assertEquals(16, games.size());
        assertEquals(keys(after), pgnKeys(games));
        assertEquals(Files.readString(pgn, StandardCharsets.UTF_8), games.stream().map(ParsedGame::toPgn)
                .collect(Collectors.joining()), "no partial game left");
    }

    @Test
    void refusesToMixModelsOrSweepAnEngine(@TempDir Path out) throws Exception {
        PlaySettings tiny = new PlaySettings(List.of(1.0), List.of("random"), 1, SamplingProtocol.LEGAL_MOVES, 5, 5,
                1, 1L, null);
        Sweep.run(MODEL, ROSTER, tiny, out, false, PolicyLoader.none());
        ConfigException other = assertThrows(ConfigException.class,
                () -> Sweep.run(new RandomSpec("other-model", null, false, ""), ROSTER, tiny, out, false, PolicyLoader.none()));
        assertTrue(other.getMessage().contains("model uniform-model -> other-model"), other.getMessage());
        assertInstanceOf(Refusal.TermsChanged.class, ((RefusedException) other).refusal());
        // a sweep.json that agrees with the run does not hide the games.csv rows of another model
        Path terms = out.resolve("sweep.json");
        String recorded = Files.readString(terms);
        Files.writeString(terms, recorded.replace("\"uniform-model\"", "\"other-model\""));
        RefusedException rows = assertThrows(RefusedException.class, () -> Sweep.run(new RandomSpec("other-model",
                null, false, ""), ROSTER, tiny, out, false, PolicyLoader.none()));
        assertTrue(rows.getMessage().contains(out.resolve("games.csv") + " records other settings: model uniform-model"
                + " -> other-model"), rows.getMessage());
        Files.writeString(terms, recorded);
        ConfigException engine = assertThrows(ConfigException.class,
                () -> Sweep.run(ROSTER.get(0), ROSTER, tiny, out.resolve("e"), false, PolicyLoader.none()));
        assertTrue(engine.getMessage().contains("must be of type model or random"), engine.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER,
                new PlaySettings(List.of(1.0), List.of("nobody"), 1, null, null, null, null, null, null),
                out.resolve("u"), false, PolicyLoader.none()));
        assertTrue(unknown.getMessage().startsWith("no player named 'nobody'"), unknown.getMessage());
    }

    @Test
    void ctrlCMidGameRecordsNothingAndTheRerunPlaysTheGame(@TempDir Path out) throws Exception {
        PlaySettings oneGame = new PlaySettings(List.of(1.0), List.of("sf"), 1, SamplingProtocol.LEGAL_MOVES, 5, 40, 1,
                5L, null);
        List<PlayerSpec> slow = List.of(EngineSignals.searching("sf", "stockfish", true));
        try (EngineSignals.Killer killer = EngineSignals.killWhenSearching("stockfish", "INT")) {
            InterruptedException stop = assertThrows(InterruptedException.class,
                    () -> Sweep.run(MODEL, slow, oneGame, out, false, PolicyLoader.none()));
            assertTrue(stop.getMessage().contains("stopped by SIGINT (exit code 130)"),
                    stop.getMessage() + "; " + killer.outcome());
        }
        assertEquals(List.of(), GamesCsv.read(out.resolve("games.csv")), "the stopped game was recorded");
        assertEquals(List.of(), new PgnFile(out.resolve("games.pgn")).completeGames());
        assertFalse(Files.exists(out.resolve("manifest.json")));

        // no game was recorded, so the opponent's recipe may still change (here: a quick one of the same name)
        SweepSummary summary = Sweep.run(MODEL, List.of(MisbehavingEngines.stockfishDepth("sf", 1)), oneGame, out,
                false, PolicyLoader.none());
        assertEquals(1, summary.played());
        assertEquals(Set.of("1.0/sf/0"), keys(GamesCsv.read(out.resolve("games.csv"))));
    }

    @Test
    void resumeRefusesChangedTermsButAcceptsAnExtendedSweep(@TempDir Path out) throws Exception {
        PlaySettings base = new PlaySettings(List.of(1.0), List.of("sf-depth1", "random"), 1,
                SamplingProtocol.LEGAL_MOVES, 5, 5, 1, 1L, null);
        Sweep.run(MODEL, ROSTER, base, out, false, PolicyLoader.none());
        String csvBefore = Files.readString(out.resolve("games.csv"));

        assertRefused(out, ROSTER, new PlaySettings(List.of(1.0), List.of("sf-depth1", "random"), 1,
                SamplingProtocol.LEGAL_MOVES, 5, 6, 1, 1L, null), "moveLimit 5 -> 6");
        assertRefused(out, ROSTER, new PlaySettings(List.of(1.0), List.of("sf-depth1", "random"), 1,
                SamplingProtocol.LEGAL_MOVES, 3, 5, 1, 2L, null), "maxTries 5 -> 3; seed 1 -> 2");
        List<PlayerSpec> rerated = List.of(ROSTER.get(0), new RandomSpec("random", 450, false, "assumed"));
        assertRefused(out, rerated, base, "opponents.random.rating 400 -> 450");
        List<PlayerSpec> deeper = List.of(MisbehavingEngines.stockfishDepth("sf-depth1", 2), ROSTER.get(1));
        assertRefused(out, deeper, base, "opponents.sf-depth1.limit.depth 1 -> 2");
        List<PlayerSpec> skill = List.of(new EngineSpec("sf-depth1", 1500, false, "", "stockfish", null,
                Map.of("Skill Level", "3"), EngineLimit.depth(1), null), ROSTER.get(1));
        assertRefused(out, skill, base, "opponents.sf-depth1.options.Skill Level none -> 3");
        assertEquals(csvBefore, Files.readString(out.resolve("games.csv")), "a refused run changed games.csv");

        // more temperatures and games per opponent extend the sweep; a note or timeout change is not a change of play
        List<PlayerSpec> renoted = List.of(ROSTER.get(0), new RandomSpec("random", 400, false, "measured twice"));
        SweepSummary extended = Sweep.run(MODEL, renoted, new PlaySettings(List.of(1.0, 0.5), List.of("sf-depth1",
                "random"), 2, SamplingProtocol.LEGAL_MOVES, 5, 5, 2, 1L, null), out, false, PolicyLoader.none());
        assertEquals(2, extended.resumed());
        assertEquals(6, extended.played());
        assertEquals(8, GamesCsv.read(out.resolve("games.csv")).size());

        // the recorded terms cannot be lost or emptied while the folder holds games
        Path terms = out.resolve("sweep.json");
        String recorded = Files.readString(terms);
        Files.writeString(terms, recorded.replaceAll("(?s)\"opponents\" : \\{.*\\}", "\"opponents\" : { }\n}"));
        assertRefused(out, ROSTER, base, "opponents.sf-depth1 none -> {");
        Files.delete(terms);
        ConfigException lost = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER, base, out, false, PolicyLoader.none()));
        assertTrue(lost.getMessage().startsWith(terms + " is missing, but " + out.resolve("games.csv") + " holds 8 "
                + "games"), lost.getMessage());
        assertEquals(8, GamesCsv.read(out.resolve("games.csv")).size());
    }

    @Test
    void contextOverflowEndRecordsContextFullDrawsAndIsATermOfTheFolder(@TempDir Path dir) throws Exception {
        ModelSpec small = new ModelSpec("small", null, false, "", "short-context-checkpoint", null, null, null, null);
        PolicyLoader sevenPlies = checkpoint -> new ShortContextPolicy(7);
        PlaySettings refuse = new PlaySettings(List.of(1.0), List.of("random"), 2, SamplingProtocol.LEGAL_MOVES, 5, 20,
                1, 1L, null);
        ConfigException refused = assertThrows(ConfigException.class,
                () -> Sweep.run(small, ROSTER, refuse, dir.resolve("refused"), false, sevenPlies));
        assertTrue(refused.getMessage().endsWith("accepts at most 7 plies; use moveLimit 1..3, or set"
                + " play.contextOverflow (--context-overflow) to end or slide"), refused.getMessage());

        Path out = dir.resolve("end");
        PlaySettings end = refuse.withContextOverflow(ContextOverflow.END);
        SweepSummary summary = Sweep.run(small, ROSTER, end, out, false, sevenPlies);
        assertEquals(2, summary.draws());
        assertEquals(Map.of(Termination.CONTEXT_FULL, 2), summary.terminations());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(List.of(8, 9), rows.stream().map(GameRow::plies).toList(), "White stops at ply 8, Black at 9");
        assertEquals(List.of(0.5, 0.5), rows.stream().map(GameRow::modelScore).toList());
        for (ParsedGame game : new PgnFile(out.resolve("games.pgn")).completeGames()) {
            assertEquals("CONTEXT_FULL", game.tag("TerminationReason").orElseThrow());
            assertEquals("1/2-1/2", game.tag("Result").orElseThrow());
        }
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"contextOverflow\" : \"end\""));
        assertEquals("end", Manifest.readFrom(out).settings().get("play").get("contextOverflow").asText());

        ConfigException toRefuse = assertThrows(ConfigException.class,
                () -> Sweep.run(small, ROSTER, end.withContextOverflow(null), out, false, sevenPlies));
        assertTrue(toRefuse.getMessage().contains("records other settings: contextOverflow end -> none"),
                toRefuse.getMessage());
        ConfigException toSlide = assertThrows(ConfigException.class, () -> Sweep.run(small, ROSTER,
                end.withContextOverflow(ContextOverflow.SLIDE), out, false, sevenPlies));
        assertTrue(toSlide.getMessage().contains("contextOverflow end -> slide"), toSlide.getMessage());
        assertEquals(0, Sweep.run(small, ROSTER, end, out, false, sevenPlies).played(), "the same terms resume");
    }

    @Test
    void aFolderWithoutContextOverflowInItsTermsResumesWithTheDefault(@TempDir Path out) throws Exception {
        PlaySettings tiny = new PlaySettings(List.of(1.0), List.of("random"), 1, SamplingProtocol.LEGAL_MOVES, 5, 5,
                1, 1L, null);
        Sweep.run(MODEL, ROSTER, tiny, out, false, PolicyLoader.none());
        Path terms = out.resolve("sweep.json");
        String recorded = Files.readString(terms);
        // the default keeps sweep.json as versions before the setting wrote it, and such a file reads as refuse
        assertFalse(recorded.contains("contextOverflow"), recorded);
        assertEquals(null, Json.read(terms, SweepTerms.class).contextOverflow());
        assertRefused(out, ROSTER, tiny.withContextOverflow(ContextOverflow.SLIDE), "contextOverflow none -> slide");
        SweepSummary resumed = Sweep.run(MODEL, ROSTER, new PlaySettings(List.of(1.0), List.of("random"), 2,
                SamplingProtocol.LEGAL_MOVES, 5, 5, 1, 1L, null), out, false, PolicyLoader.none());
        assertEquals(1, resumed.resumed());
        assertEquals(1, resumed.played());
        assertEquals(recorded, Files.readString(terms));
    }

    private static void assertRefused(Path out, List<PlayerSpec> roster, PlaySettings settings, String change) {
        ConfigException e = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, roster, settings, out, false, PolicyLoader.none()));
        assertTrue(e.getMessage().contains(change), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot resume " + out + ": " + out.resolve("sweep.json")
                + " records other settings: "), e.getMessage());
        assertEquals(Stage.PLAY, ((Refusal.TermsChanged) ((RefusedException) e).refusal()).stage());
    }

    @Test
    void resumeRefusesADuplicatedRowWithTheRateStagesMessage(@TempDir Path out) throws Exception {
        PlaySettings tiny = new PlaySettings(List.of(1.0), List.of("random"), 2, SamplingProtocol.LEGAL_MOVES, 5, 5,
                1, 1L, null);
        Sweep.run(MODEL, ROSTER, tiny, out, false, PolicyLoader.none());
        Path csv = out.resolve("games.csv");
        Files.writeString(csv, Files.readAllLines(csv).get(1) + "\r\n", StandardOpenOption.APPEND);

        MalformedCsvException resume = assertThrows(MalformedCsvException.class,
                () -> Sweep.run(MODEL, ROSTER, tiny, out, false, PolicyLoader.none()));
        MalformedCsvException rate = assertThrows(MalformedCsvException.class,
                () -> GamesCsv.readAll(List.of(csv))); // what the rate stage reads
        assertEquals(rate.getMessage(), resume.getMessage());
        assertTrue(resume.getMessage().startsWith(csv + " line 4: game 1.0/random/0 of uniform-model appears twice, "
                + "first at " + csv + " line 2"), resume.getMessage());
    }

    @Test
    void refusesAnotherStagesFolder(@TempDir Path dir) throws Exception {
        PlaySettings tiny = new PlaySettings(List.of(1.0), List.of("random"), 1, SamplingProtocol.LEGAL_MOVES, 5, 5,
                1, 1L, null);
        Path train = Files.createDirectories(dir.resolve("train"));
        Manifest.of(Stage.TRAIN, List.of(), Map.of(), Map.of(), List.of()).writeTo(train);
        String manifest = Files.readString(train.resolve("manifest.json"));
        ConfigException e = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER, tiny, train, false, PolicyLoader.none()));
        assertTrue(e.getMessage().startsWith(train + " holds the output of stage 'train'"), e.getMessage());
        assertEquals(manifest, Files.readString(train.resolve("manifest.json")));
        assertEquals(List.of("manifest.json"), List.of(train.toFile().list()));

        Path generated = Files.createDirectories(dir.resolve("generate")); // an unfinished generation run
        Files.writeString(generated.resolve("games.pgn"), "[Event \"transcend generate\"]\n\n1. e4 e5 1/2-1/2\n\n");
        ConfigException g = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER, tiny, generated, false, PolicyLoader.none()));
        assertTrue(g.getMessage().startsWith(generated + " is not empty and is not a 'play' folder: it holds games.pgn"
                + " but no manifest.json or sweep.json"), g.getMessage());
        assertEquals(1, new PgnFile(generated.resolve("games.pgn")).completeGames().size());
    }

    @Test
    void anEngineThatFailsEveryGameStopsTheSweepAfterRecordingIt(@TempDir Path dir) throws Exception {
        List<PlayerSpec> roster = List.of(MisbehavingEngines.spec("broken", MisbehavingEngines.playsIllegalMove(dir)),
                new RandomSpec("random", 400, false, "assumed"));
        Path out = dir.resolve("play");
        PlaySettings twoGames = new PlaySettings(List.of(1.0), List.of("broken", "random"), 2,
                SamplingProtocol.LEGAL_MOVES, 5, 5, 1, 1L, null);
        EngineException e = assertThrows(EngineException.class, () -> Sweep.run(MODEL, roster, twoGames, out, false, PolicyLoader.none()));
        assertTrue(e.getMessage().startsWith("engine 'broken' failed in every game of this run (2 games): "
                + "ILLEGAL_MOVE, illegal.sh sent illegal move 'e2e5'"), e.getMessage());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(4, rows.size());
        assertEquals(2, rows.stream().filter(GameRow::isEngineFaultWin).count());
        assertFalse(Files.exists(out.resolve("manifest.json")));
        EngineException again = assertThrows(EngineException.class, () -> Sweep.run(MODEL, roster, twoGames, out,
                false, PolicyLoader.none()));
        assertTrue(again.getMessage().startsWith("engine 'broken' failed in every game of the folder (2 games)"),
                again.getMessage());

        // one engine-fault game proves nothing: it is counted, not fatal
        PlaySettings oneGame = new PlaySettings(List.of(1.0), List.of("broken", "random"), 1,
                SamplingProtocol.LEGAL_MOVES, 5, 5, 1, 1L, null);
        SweepSummary summary = Sweep.run(MODEL, roster, oneGame, dir.resolve("one"), false, PolicyLoader.none());
        assertEquals(1, summary.engineFaults());
        assertEquals(2, summary.games());
    }

    @Test
    void playKilledMidRunAndResumedLosesAndDuplicatesNoGame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("play");
        Process child = SweepProcess.start(out, dir.resolve("child.err"));
        Path csv = out.resolve("games.csv");
        while (child.isAlive() && (!Files.exists(csv) || Files.readAllLines(csv).size() < 4)) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the sweep ended before it was killed: " + Files.readString(dir.resolve("child.err")));
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs, a game may be half-written
        child.waitFor();
        assertFalse(Files.exists(out.resolve("manifest.json")));
        int before = GamesCsv.repairAndRead(csv).size();
        assertTrue(before >= 3 && before < 60, "rows after the kill: " + before);

        SweepSummary summary = Sweep.run(SweepProcess.MODEL, SweepProcess.ROSTER, SweepProcess.SETTINGS, out, false,
                PolicyLoader.none());
        assertEquals(60, summary.games());
        assertEquals(summary.resumed() + summary.played(), 60);
        assertTrue(summary.resumed() >= before - 1, summary.resumed() + " of " + before); // at most a half-written one
        List<GameRow> rows = GamesCsv.read(csv);
        assertEquals(60, rows.size());
        assertEquals(60, keys(rows).size());
        List<ParsedGame> games = new PgnFile(out.resolve("games.pgn")).completeGames();
        assertEquals(60, games.size());
        assertEquals(keys(rows), pgnKeys(games));
        assertEquals(Files.readString(out.resolve("games.pgn"), StandardCharsets.UTF_8),
                games.stream().map(ParsedGame::toPgn).collect(Collectors.joining()), "no partial game left");
        // both runs logged their engines into the one log, which the manifest names
        String log = Files.readString(out.resolve("engines.log"));
        assertTrue(log.lines().filter(l -> l.contains(" started ")).count() >= 3, log);
        assertTrue(Manifest.readFrom(out).outputs().stream().anyMatch(f -> f.path().equals("engines.log")));
    }

    @Test
    void anEngineThatCrashesOnceCostsAReplayCountedInTheManifest(@TempDir Path dir) throws Exception {
        Path script = MisbehavingEngines.failsOnceThenStockfish(dir, "asserts.sh",
                "echo 'assertion failed: board ok' >&2; exit 134");
        List<PlayerSpec> roster = List.of(MisbehavingEngines.spec("flaky", script));
        PlaySettings twoGames = new PlaySettings(List.of(1.0), List.of("flaky"), 2, SamplingProtocol.LEGAL_MOVES, 5, 20,
                1, 1L, null);
        Path out = dir.resolve("play");
        SweepSummary summary = Sweep.run(MODEL, roster, twoGames, out, false, PolicyLoader.none());
        assertEquals(1, summary.engineReplays());
        assertEquals(0, summary.engineFaults());
        assertEquals(2, summary.games());
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(1, manifest.counts().get("engineReplays").asInt());
        assertTrue(manifest.outputs().stream().anyMatch(f -> f.path().equals("engines.log")));
        List<ParsedGame> games = new PgnFile(out.resolve("games.pgn")).completeGames();
        assertEquals(List.of("1", "none"), games.stream().map(g -> g.tag("EngineReplays").orElse("none")).toList());
        assertTrue(Files.readString(out.resolve("engines.log")).contains("stderr: assertion failed: board ok"));
    }

    @Test
    void aMissingEngineBinaryIsOneClearErrorAndRecordsNothing(@TempDir Path dir) throws Exception {
        List<PlayerSpec> roster = List.of(new EngineSpec("ghost", 1500, false, "", "no-such-engine-xyz", null, Map.of(),
                EngineLimit.nodes(1), null), new RandomSpec("random", 400, false, ""));
        PlaySettings settings = new PlaySettings(List.of(1.0), List.of("random", "ghost"), 2,
                SamplingProtocol.LEGAL_MOVES, 5, 5, 2, 1L, null);
        Path out = dir.resolve("play");
        EngineException e = assertThrows(EngineException.class,
                () -> Sweep.run(MODEL, roster, settings, out, false, PolicyLoader.none()));
        assertTrue(e.getMessage().startsWith("player 'ghost': engine no-such-engine-xyz not found on PATH or in "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("install it, or set the player's 'command' to the engine's path"),
                e.getMessage());
        assertFalse(Files.exists(out.resolve("manifest.json")));
        assertTrue(GamesCsv.read(out.resolve("games.csv")).stream().noneMatch(r -> r.opponent().equals("ghost")));
    }

    private static Set<String> keys(List<GameRow> rows) {
        return rows.stream().map(r -> r.key().toString()).collect(Collectors.toSet());
    }

    private static Set<String> pgnKeys(List<ParsedGame> games) {
        Set<String> keys = new HashSet<>();
        for (ParsedGame g : games) {
            assertTrue(keys.add(g.tag("GameKey").orElseThrow()), "duplicate game in PGN");
        }
        return keys;
    }
}
