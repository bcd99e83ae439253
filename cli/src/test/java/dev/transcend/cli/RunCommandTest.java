package dev.transcend.cli;

import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.provenance.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.io.Json;
import dev.transcend.core.training.TrainingDiagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code transcend run} end to end on a tiny config: real engine games, a real (tiny) SameDiff
 * training, a real sweep against Stockfish, ratings and the report; then a second run that resumes
 * and repeats nothing.
 */
class RunCommandTest {

    @TempDir
    static Path dir;
    static Path config;
    static int firstExit;
    static StringWriter firstErr = new StringWriter();

    @BeforeAll
    static void runOnce() throws IOException {
        config = dir.resolve("tiny.yaml");
        Files.writeString(config, """
                name: tiny
                runDir: %s
                generate:
                  games: 60
                  players: [random, fairy-m3-n50, fairy-m1-n50, sf-s0-n50]
                  playersFile: %s
                  moveLimit: 40
                  concurrency: 2
                  seed: 3
                prepare: {cap: 1200, validationFraction: 0.3}
                model: {contextLength: 64, layers: 1, heads: 2, embedding: 32}
                train: {steps: 20, batchSize: 8, evalEvery: 10, checkpointEvery: 10, logEvery: 5}
                play:
                  opponentsFile: %s
                  opponents: [random]
                  temperatures: [0.001, 1.0]
                  gamesPerOpponent: 2
                  protocol: FULL_VOCABULARY
                  moveLimit: 30
                  concurrency: 1
                """.formatted(dir.resolve("run"), opponents(), opponents()));
        // with progress on and no terminal (surefire's JVM has no console), the stages log to System.err
        PrintStream stderr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            firstExit = Transcend.commandLine().setErr(new PrintWriter(firstErr, true))
                    .execute("run", config.toString());
        } finally {
            System.setErr(stderr);
        }
        progressLog = progress.toString(StandardCharsets.UTF_8);
    }

    static String progressLog;

    @Test
    void everyStageLogsAStartAndAnEndLineWithItsElapsedTimeWhenOutputIsNoTerminal() throws IOException {
        assertEquals(0, firstExit, firstErr.toString());
        List<String> lines = progressLog.lines().toList();
        for (String stage : List.of("generate", "prepare", "train", "play", "rate", "report")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\[" + stage + "] started: 0(\\.0)?/.*")), stage + ":\n" + progressLog);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[" + stage + "] finished: ")
                    && l.matches(".* in \\d+:\\d\\d:\\d\\d .*")), stage + ":\n" + progressLog);
        }
        assertTrue(progressLog.indexOf("[generate] started") < progressLog.indexOf("[report] finished"));
        assertTrue(!progressLog.contains("\r"), "no bar redraws in a log");

        Manifest generate = Manifest.readFrom(dir.resolve("run").resolve("generate"));
        assertEquals(3, generate.settings().get("engines").size(), "three engine players, one random mover");
        assertTrue(generate.settings().get("engines").get(2).get("idName").asText().startsWith("Stockfish"));
    }

    private static Path opponents() {
        Path fromModule = Path.of("..", "configs", "opponents.yaml");
        return (Files.exists(fromModule) ? fromModule : Path.of("configs", "opponents.yaml")).toAbsolutePath();
    }

    @Test
    void producesEveryStageAndTheReport() throws IOException {
        assertEquals(0, firstExit, firstErr.toString());
        Path run = dir.resolve("run");
        for (String stage : List.of("generate", "data", "train", "play", "ratings", "report")) {
            assertTrue(Files.isRegularFile(run.resolve(stage).resolve(Manifest.FILE_NAME)), stage + " has no manifest");
        }
        Path report = run.resolve("report");
        assertTrue(Files.readString(report.resolve("report.html")).contains("transcend: tiny"));
        List<String> ratings = Files.readAllLines(report.resolve("ratings.csv"));
        assertEquals(3, ratings.size(), "header + one row per temperature: " + ratings);
        BufferedImage chart = ImageIO.read(report.resolve("rating_vs_temperature.png").toFile());
        assertNotNull(chart);
        List<GameRow> games = GamesCsv.read(run.resolve("play").resolve("games.csv"));
        assertEquals(4, games.size());
        assertTrue(games.stream().allMatch(g -> g.model().equals("tiny@step20")), games.toString());
        assertTrue(Files.readString(run.resolve("config.yaml")).contains("cap: 1200"));
        // the verdict reads prepare's players.csv and train's diagnostics.json; this run has no ladder
        List<PlayerRow> players = PlayersCsv.read(run.resolve("data").resolve(PlayersCsv.FILE_NAME));
        assertTrue(players.stream().anyMatch(p -> p.player().equals("random") && p.gamesKept() > 0), players.toString());
        TrainingDiagnostics diagnostics = TrainingDiagnostics.read(run.resolve("train")
                .resolve(TrainingDiagnostics.FILE_NAME));
        assertEquals(20, diagnostics.step());
        JsonNode verdict = Json.mapper().readTree(report.resolve("verdict.json").toFile());
        assertEquals("assumed", verdict.get("scale").asText(), verdict.toString());
        assertTrue(verdict.get("bestExpert").get("assumed").asBoolean(), verdict.toString());
        assertEquals(2, verdict.get("temperatures").size());
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.indexOf("<h2>Verdict</h2>") < html.indexOf("<h2>What was run</h2>"));
        assertTrue(html.contains("<h3>Training diagnostics</h3>"), "diagnostics.json was found");
    }

    @Test
    void runningAgainResumesWithoutRepeatingWork() throws IOException {
        Path csv = dir.resolve("run").resolve("play").resolve("games.csv");
        String before = Files.readString(csv);
        StringWriter err = new StringWriter();
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        // a run folder whose config.yaml was lost is still recognised by its stages' manifests
        Files.delete(dir.resolve("run").resolve("config.yaml"));
        int exit;
        try {
            exit = Transcend.commandLine().setErr(new PrintWriter(err, true))
                    .execute("run", "--no-progress", config.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, exit, err.toString());
        assertEquals(before, Files.readString(csv));
        assertTrue(Files.isRegularFile(dir.resolve("run").resolve("config.yaml")), "config.yaml is written again");
        String log = captured.toString();
        assertTrue(log.contains("60 games (60 from an earlier run)"), log);
        assertTrue(log.contains("already prepared; reusing it"), log);
        assertTrue(log.contains("4 games (4 from an earlier run)"), log);
    }

    @Test
    void changingTheCapOfAFinishedRunIsRefusedAndKeepsItsData() throws IOException {
        Path changed = dir.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(config).replace("prepare: {cap: 1200, validationFraction: 0.3}", "prepare: {cap: 1100}"));
        Path manifest = dir.resolve("run").resolve("data").resolve(Manifest.FILE_NAME);
        String before = Files.readString(manifest);
        StringWriter err = new StringWriter();
        int exit = Transcend.commandLine().setErr(new PrintWriter(err, true))
                .execute("run", "--no-progress", changed.toString());
        assertEquals(ExitCodes.USAGE, exit, err.toString());
        assertTrue(err.toString().contains("holds a model trained on a dataset made from other input games or prepare "
                + "settings: prepare.cap 1200 -> 1100; prepare.validationFraction 0.3 -> 0.05. start a new run (give "
                + "the config another 'name', and another 'runDir' if it sets one), or restore the settings"),
                err.toString());
        assertEquals(before, Files.readString(manifest));
        Path recorded = dir.resolve("run").resolve("config.yaml");
        assertTrue(Files.readString(recorded).contains("cap: 1200"));

        // without config.yaml the refused config is not recorded as the run's, and the advice points at the manifests
        String kept = Files.readString(recorded);
        Files.delete(recorded);
        StringWriter lost = new StringWriter();
        assertEquals(ExitCodes.USAGE, Transcend.commandLine().setErr(new PrintWriter(lost, true))
                .execute("run", "--no-progress", changed.toString()), lost.toString());
        assertTrue(lost.toString().contains("or restore the settings (each stage's manifest.json records them)"),
                lost.toString());
        assertTrue(Files.notExists(recorded), "the refused config was written as the run's config.yaml");
        Files.writeString(recorded, kept);
    }
    @Test
    void changingHowRecordedGamesWerePlayedIsRefusedNamingTheRunsFolder() throws IOException {
        Path run = dir.resolve("run");
        String pgn = Files.readString(run.resolve("generate").resolve("games.pgn"));
        String csv = Files.readString(run.resolve("play").resolve("games.csv"));

        String reseeded = refused("seed: 3", "seed: 4");
        assertTrue(reseeded.contains("cannot resume " + run.resolve("generate") + ": " + run.resolve("generate")
                .resolve("generate.json") + " records other settings: seed 3 -> 4"), reseeded);
        assertTrue(reseeded.contains("; start a new run (give the config another 'name', and another 'runDir' if it"
                + " sets one), or restore the settings (see " + run.resolve("config.yaml") + ")"), reseeded);
        assertFalse(reseeded.contains("--out"), "run's advice, not a single command's: " + reseeded);

        String more = refused("games: 60", "games: 70");
        assertTrue(more.contains(run + " holds a model trained on the games generated before: generate.games 60 -> 70"
                + " would change its dataset"), more);

        String shorter = refused("moveLimit: 30", "moveLimit: 25");
        assertTrue(shorter.contains("cannot resume " + run.resolve("play") + ": " + run.resolve("play")
                .resolve("sweep.json") + " records other settings: moveLimit 30 -> 25"), shorter);
        assertTrue(shorter.contains("; start a new run"), shorter);

        assertEquals(pgn, Files.readString(run.resolve("generate").resolve("games.pgn")));
        assertEquals(csv, Files.readString(run.resolve("play").resolve("games.csv")));
        assertTrue(Files.readString(run.resolve("config.yaml")).contains("seed: 3"), "a refused config was recorded");
    }

    /** @return stderr of a run whose config has {@code from} replaced by {@code to}, which must exit with USAGE */
    private static String refused(String from, String to) throws IOException {
        Path changed = dir.resolve("changed-" + to.replaceAll("\\W", "") + ".yaml");
        String text = Files.readString(config);
        assertTrue(text.contains(from), from);
        Files.writeString(changed, text.replace(from, to));
        StringWriter err = new StringWriter();
        int exit = Transcend.commandLine().setErr(new PrintWriter(err, true))
                .execute("run", "--no-progress", changed.toString());
        assertEquals(ExitCodes.USAGE, exit, err.toString());
        return err.toString();
    }
}
