package dev.transcend.cli;

import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.games.GamesFixture;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.core.ratings.SprtVerdict;
import dev.transcend.core.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gives a fixed exit code and one clear line naming the problem, not a stack trace. */
class CommandErrorsTest {

    private static final Path OPPONENTS = (Files.exists(Path.of("..", "configs", "opponents.yaml"))
            ? Path.of("..", "configs", "opponents.yaml") : Path.of("configs", "opponents.yaml")).toAbsolutePath();

    @TempDir
    Path dir;

    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Transcend.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, err.toString());
    }

    @Test
    void unknownConfigKeyIsAUsageErrorNamingFileLineAndAllowedKeys() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "name: x\ninputs: [a.pgn]\nprepare: {cap: 1000}\ntrain:\n  stepz: 5\n");
        Result r = run("run", config.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("bad.yaml line 5: unknown key 'stepz' at 'train.stepz'; allowed keys:"), r.err());
        assertTrue(r.err().contains("steps"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void missingInputFileIsAnInputError() {
        Result r = run("prepare", "--input", dir.resolve("nope.pgn").toString(), "--cap", "1000",
                "--out", dir.resolve("out").toString(), "--no-progress");
        assertEquals(ExitCodes.INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("nope.pgn"), r.err());
    }

    @Test
    void aGlobPatternThatMatchesNothingIsAUsageErrorNamingThePattern() {
        String pattern = dir.resolve("lichess_db_standard_rated_2099-*.pgn.zst").toString();
        Result r = run("prepare", "--input", pattern, "--cap", "1000", "--out", dir.resolve("out").toString(),
                "--no-progress");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(pattern + ": the pattern matches no input file"), r.err());
        String broken = dir.resolve("games[").toString();
        Result bad = run("prepare", "--input", broken, "--cap", "1000", "--out", dir.resolve("out").toString(),
                "--no-progress");
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains(broken + ": not a valid glob pattern"), bad.err());
        assertEquals(1, bad.err().lines().count(), "one line: " + bad.err());
    }

    @Test
    void aRunsInputsMayBeGlobPatternsButNotStandardInput() throws IOException {
        Path config = dir.resolve("c.yaml");
        String base = """
                name: x
                runDir: %s
                inputs: ['%s']
                prepare: {cap: 1000}
                model: {contextLength: 64}
                play: {opponentsFile: %s, opponents: [random], moveLimit: 30}
                """;
        String pattern = dir.resolve("lichess_2099-*.pgn").toString();
        Files.writeString(config, base.formatted(dir.resolve("run"), pattern, OPPONENTS));
        Result nothing = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, nothing.exit(), nothing.err());
        assertTrue(nothing.err().contains("inputs: " + pattern + ": the pattern matches no input file"), nothing.err());
        Files.writeString(config, base.formatted(dir.resolve("run"), "-", OPPONENTS));
        Result stdin = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, stdin.exit(), stdin.err());
        assertTrue(stdin.err().contains("inputs: '-' (standard input) is for transcend prepare"), stdin.err());
        assertTrue(!Files.exists(dir.resolve("run")), "nothing was written before the checks");
    }

    @Test
    void aSubcommandsErrorsNameItsWholeCommand() {
        Result r = run("analyze", "diversity", "--caps", "x", "--input", dir.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("transcend analyze diversity: "), r.err());
        assertTrue(r.err().contains("see: transcend analyze diversity --help"), r.err());
        Result stdin = run("analyze", "diversity", "--input", "-", "--out", dir.resolve("d").toString());
        assertEquals(ExitCodes.USAGE, stdin.exit(), stdin.err());
        assertTrue(stdin.err().contains("standard input is read by transcend prepare only"), stdin.err());
        Result twice = run("analyze", "diversity", "--caps", "1000,1000", "--input", dir.toString(), "--out",
                dir.resolve("d").toString());
        assertEquals(ExitCodes.USAGE, twice.exit(), twice.err());
        assertTrue(twice.err().contains("a cap is given twice"), twice.err());
    }

    @Test
    void missingEngineIsAnEngineError() throws IOException {
        Path roster = dir.resolve("roster.yaml");
        Files.writeString(roster, """
                players:
                  - name: ghost
                    command: no-such-engine-binary
                    limit: {nodes: 1}
                    rating: 1000
                  - type: random
                    name: random
                    rating: 100
                """);
        Result r = run("generate", "--out", dir.resolve("gen").toString(), "--games", "2", "--players", "ghost,random",
                "--players-file", roster.toString(), "--no-progress");
        assertEquals(ExitCodes.ENGINE, r.exit(), r.err());
        assertTrue(r.err().contains("no-such-engine-binary"), r.err());
    }

    @Test
    void rateTakesTheSprtThresholdAndRefusesSprtOptionsWithoutIt() throws IOException {
        Path games = new GamesFixture().game("0.1", "sf-skill1", 1554, 0, "white", "1", 0)
                .game("0.1", "sf-skill1", 1554, 1, "black", "0.5", 0).writeTo(dir.resolve("play/games.csv"));
        Result orphan = run("rate", "--games", games.toString(), "--out", dir.resolve("r0").toString(),
                "--sprt-elo0", "-10");
        assertEquals(ExitCodes.USAGE, orphan.exit(), orphan.err());
        assertTrue(orphan.err().contains("--sprt-elo0, --sprt-elo1, --sprt-alpha and --sprt-beta need --sprt-above"),
                orphan.err());
        Result bad = run("rate", "--games", games.toString(), "--out", dir.resolve("r1").toString(),
                "--sprt-above", "strong");
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("sprt.above: 'strong' is not allowed"), bad.err());

        assertEquals(0, run("rate", "--games", games.toString(), "--out", dir.resolve("best").toString(),
                "--sprt-above", "best", "--sprt-elo1", "100").exit());
        SprtVerdict best = RatingsCsv.read(dir.resolve("best/ratings.csv")).get(0).sprt().orElseThrow();
        assertEquals(1554, best.above());
        assertEquals(100, best.elo1());
        assertEquals(0, run("rate", "--games", games.toString(), "--out", dir.resolve("none").toString(),
                "--sprt-above", "none").exit());
        assertTrue(RatingsCsv.read(dir.resolve("none/ratings.csv")).get(0).sprt().isEmpty());
        assertEquals(0, run("rate", "--games", games.toString(), "--out", dir.resolve("cap").toString()).exit());
        assertEquals(1000, RatingsCsv.read(dir.resolve("cap/ratings.csv")).get(0).sprt().orElseThrow().above());
    }

    @Test
    void prepareWithSeveralCapsWritesOneDatasetPerCapAndRunRefusesThem() throws IOException {
        Path pgn = Files.writeString(dir.resolve("walks.pgn"), RandomGames.pgn(RandomGames.walk(3, 200), false)
                .replace("[PlyCount", "[TimeControl \"300+0\"]\n[PlyCount"));
        Path out = dir.resolve("caps");
        Result r = run("prepare", "--input", pgn.toString(), "--cap", "1300,1000", "--out", out.toString(),
                "--floor", "700", "--speed", "blitz,rapid", "--dates", "..2030-01-01", "--keep-terminations",
                "--threads", "1", "--validation-fraction", "0.3", "--no-progress");
        assertEquals(ExitCodes.INPUT, r.exit(), "every game lacks a date, so none is kept: " + r.err());
        assertTrue(r.err().contains("cap 1000: no game kept") && r.err().contains("OUTSIDE_DATES"), r.err());
        assertTrue(!Files.exists(out.resolve("cap-1300")), "nothing written");

        r = run("prepare", "--input", pgn.toString(), "--cap", "1300,1000", "--out", out.toString(),
                "--floor", "700", "--speed", "blitz,rapid", "--keep-terminations", "--threads", "1",
                "--validation-fraction", "0.3", "--no-progress");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        for (int cap : List.of(1000, 1300)) {
            DatasetSettings settings = Manifest.readFrom(out.resolve("cap-" + cap), Stage.PREPARE)
                    .settingsAs(DatasetSettings.class);
            assertEquals(cap, settings.cap());
            assertEquals(700, settings.floor());
            assertEquals(List.of("blitz", "rapid"), settings.speedClasses());
            assertEquals(List.of(), settings.dropTerminations());
            assertEquals(true, settings.dropBots());
        }

        Result bad = run("prepare", "--input", pgn.toString(), "--cap", "1000", "--out", out.toString(),
                "--speed", "blitz,hyper", "--no-progress");
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("'speedClasses' = hyper"), bad.err());

        Path config = dir.resolve("caps.yaml");
        Files.writeString(config, "name: x\ninputs: [" + pgn + "]\nprepare: {caps: [1500, 1000, 1300]}\n");
        Result several = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, several.exit(), several.err());
        assertTrue(several.err().contains("names several caps") && several.err().contains("--cap 1000,1300,1500"),
                several.err());
    }

    @Test
    void badCommandLineValueIsAOneLineUsageError() {
        Result r = run("prepare", "--input", "x.pgn", "--cap", "lots", "--out", "y");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("transcend prepare: ") && r.err().contains("--cap"), r.err());
        assertEquals(2, r.err().lines().count(), "the error and a pointer to --help: " + r.err());
    }

    @Test
    void runChecksPlayersAndContextBeforeDoingAnyWork() throws IOException {
        Path runDir = dir.resolve("run");
        Path config = dir.resolve("c.yaml");
        String base = """
                name: x
                runDir: %s
                generate: {games: 10, playersFile: %s}
                prepare: {cap: 1000}
                model: {contextLength: 64}
                play: {opponentsFile: %s, opponents: [%s], moveLimit: %d}
                """;
        Files.writeString(config, base.formatted(runDir, OPPONENTS, OPPONENTS, "nobody", 30));
        Result unknown = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("no player named 'nobody'"), unknown.err());
        Files.writeString(config, base.formatted(runDir, OPPONENTS, OPPONENTS, "random", 90));
        Result context = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, context.exit(), context.err());
        assertTrue(context.err().contains("play.moveLimit 90 full moves needs 180 plies of context"), context.err());
        assertTrue(!Files.exists(runDir), "nothing was written before the checks");
    }

    @Test
    void runRefusesAFolderItDidNotMake() throws IOException {
        Path precious = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "mine");
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "name: x\nrunDir: " + precious + "\ninputs: [" + config + "]\nprepare: {cap: 1000}\n"
                + "play: {opponentsFile: " + OPPONENTS + ", opponents: [random]}\n");
        Result r = run("run", "--no-progress", config.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("is not empty and is not a transcend run folder"), r.err());
        try (var files = Files.list(precious)) {
            assertEquals(List.of(precious.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void aSingleCommandsRefusalEndsWithItsOwnAdvice() throws IOException {
        Path train = Files.createDirectories(dir.resolve("train"));
        Manifest.of(Stage.TRAIN, List.of(), Map.of(), Map.of(), List.of()).writeTo(train);
        Result r = run("rate", "--games", dir.resolve("games.csv").toString(), "--out", train.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(train + " holds the output of stage 'train' (its manifest.json); 'rate' would "
                + "overwrite it. Use another --out folder (or an empty one)"), r.err());

        Refusal changed = new Refusal.TermsChanged(Stage.PLAY, dir, dir.resolve("sweep.json"),
                List.of(new TermChange("moveLimit", 30, 25)));
        assertEquals(changed.describe() + ". Games played under different settings cannot be rated together; use "
                + "another --out folder (or restore the settings)", ExitCodes.message(new RefusedException(changed)));
        assertEquals(changed.describe() + ". Games played under different settings cannot be rated together; start a "
                + "new run", Advice.inRun(changed, "start a new run"));
    }
}
