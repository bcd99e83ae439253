package dev.transcend.cli;

import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.ModelPlayer;
import dev.transcend.arena.player.Player;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.model.checkpoint.Checkpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A game longer than the model's context, on a real tiny model trained by {@code transcend run} (generated games of the
 * random mover, 10 SameDiff steps, 16 tokens of context: 15 plies) against the random mover, which never ends a game
 * that early: with {@code contextOverflow: end} every game ends as a {@code CONTEXT_FULL} draw at the first ply the
 * model cannot read, through rate and report; with {@code slide} the same model plays to the move limit; the default
 * still refuses, naming the setting.
 */
class ContextOverflowTest {

    private static final int MAX_PLIES = 15;

    @TempDir
    static Path dir;
    static int runExit;
    static StringWriter runErr = new StringWriter();

    @BeforeAll
    static void runWithEnd() throws IOException {
        Path config = dir.resolve("ctx.yaml");
        Files.writeString(config, """
                name: ctx
                runDir: %s
                generate:
                  games: 40
                  players: [random]
                  playersFile: %s
                  moveLimit: 40
                  concurrency: 1
                  seed: 3
                prepare: {cap: 1200, validationFraction: 0.3}
                model: {contextLength: 16, layers: 1, heads: 2, embedding: 16}
                train: {steps: 10, batchSize: 8, evalEvery: 10, checkpointEvery: 10, logEvery: 5}
                play:
                  opponentsFile: %s
                  opponents: [random]
                  temperatures: [1.0]
                  gamesPerOpponent: 2
                  protocol: LEGAL_MOVES
                  moveLimit: 30
                  contextOverflow: end
                """.formatted(dir.resolve("run"), opponents(), opponents()));
        runExit = Transcend.commandLine().setErr(new PrintWriter(runErr, true)).execute("run", config.toString(),
                "--no-progress");
    }

    @Test
    void endDrawsEveryGameAtThePlyWhereTheContextIsFullThroughRateAndReport() throws IOException {
        assertEquals(0, runExit, runErr.toString());
        Path play = dir.resolve("run").resolve("play");
        List<GameRow> rows = GamesCsv.read(play.resolve("games.csv"));
        assertEquals(2, rows.size());
        for (GameRow row : rows) {
            assertEquals(Termination.CONTEXT_FULL, row.termination(), row.toString());
            assertEquals(Outcome.DRAW, row.result());
            assertEquals(0.5, row.modelScore());
            // the model moves while its input fits 15 plies: White stops at ply 16, Black at ply 17
            assertEquals(row.game() % 2 == 0 ? 16 : 17, row.plies(), row.toString());
            assertTrue(row.detail().startsWith("context full at ply " + (row.plies() + 1) + ": model '" + row.model()
                    + "' (") && row.detail().endsWith(") reads at most 15 plies"), row.detail());
        }
        for (ParsedGame game : new PgnFile(play.resolve("games.pgn")).completeGames()) {
            assertEquals("CONTEXT_FULL", game.tag("TerminationReason").orElseThrow());
            assertEquals("Adjudication", game.tag("Termination").orElseThrow());
            assertEquals("1/2-1/2", game.tag("Result").orElseThrow());
        }
        List<String> ratings = Files.readAllLines(dir.resolve("run").resolve("ratings").resolve("ratings.csv"));
        assertEquals(2, ratings.size(), "header + one temperature: " + ratings);
        String report = Files.readString(dir.resolve("run").resolve("report").resolve("report.md"));
        assertTrue(report.contains("CONTEXT_FULL"), "the table of how games ended: " + report);
        assertTrue(report.contains("a game longer than the model's context of 15 plies ends there as a draw"
                + " (CONTEXT_FULL)"), report);
        assertTrue(Files.readString(play.resolve("sweep.json")).contains("\"contextOverflow\" : \"end\""));
    }

    @Test
    void slidePlaysTheSameModelToTheMoveLimit() throws IOException {
        assertEquals(0, runExit, runErr.toString());
        Path out = dir.resolve("slide");
        StringWriter err = new StringWriter();
        int exit = Transcend.commandLine().setErr(new PrintWriter(err, true)).execute("play", "--model",
                checkpoint().toString(), "--opponents", opponents().toString(), "--vs", "random", "--temperatures", "1.0",
                "--games", "2", "--protocol", "LEGAL_MOVES", "--move-limit", "20", "--context-overflow", "slide",
                "--out", out.toString(), "--no-progress");
        assertEquals(0, exit, err.toString());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(2, rows.size());
        for (GameRow row : rows) {
            assertEquals(Termination.MOVE_LIMIT, row.termination(), row.toString());
            assertEquals(40, row.plies(), row.toString());
        }
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"contextOverflow\" : \"slide\""));
    }

    @Test
    void aLoadedCheckpointSlidesInAGameWithTheArenasRunnerAndEndsAtTheExactPly() throws Exception {
        assertEquals(0, runExit, runErr.toString());
        Sampling sampling = new Sampling(1.0, SamplingProtocol.LEGAL_MOVES, 1);
        try (Player random = new RandomSpec("random", 100, false, "").open(30)) {
            for (ContextOverflow overflow : List.of(ContextOverflow.END, ContextOverflow.SLIDE)) {
                MovePolicy policy = Checkpoint.loadPolicy(checkpoint());
                assertEquals(MAX_PLIES, policy.maxPlies());
                try (ModelPlayer model = ModelPlayer.open("tiny", null, policy, sampling, 30, overflow)) {
                    PlayedGame asBlack = new GameRunner(30).play(new ByColor<>(random, model), 5);
                    Position.afterMoves(asBlack.movesUci()); // every move legal
                    if (overflow == ContextOverflow.END) {
                        assertEquals(Termination.CONTEXT_FULL, asBlack.result().termination());
                        assertEquals(17, asBlack.plies());
                    } else {
                        assertEquals(Termination.MOVE_LIMIT, asBlack.result().termination(),
                                asBlack.result().toString());
                        assertEquals(60, asBlack.plies());
                    }
                }
            }
        }
    }

    @Test
    void refuseIsTheDefaultAndNamesTheSettingAndAnUnknownValueListsTheAllowedOnes() {
        assertEquals(0, runExit, runErr.toString());
        StringWriter err = new StringWriter();
        int exit = Transcend.commandLine().setErr(new PrintWriter(err, true)).execute("play", "--model",
                checkpoint().toString(), "--opponents", opponents().toString(), "--vs", "random", "--temperatures", "1.0",
                "--games", "1", "--protocol", "LEGAL_MOVES", "--move-limit", "20", "--out",
                dir.resolve("refused").toString(), "--no-progress");
        assertEquals(ExitCodes.USAGE, exit, err.toString());
        assertTrue(err.toString().contains("moveLimit: 20 full moves needs 40 plies of context but model"), err.toString());
        assertTrue(err.toString().contains("accepts at most 15 plies; use moveLimit 1..7, or set play.contextOverflow"
                + " (--context-overflow) to end or slide"), err.toString());

        Path config = dir.resolve("refuse.yaml");
        try {
            Files.writeString(config, Files.readString(dir.resolve("ctx.yaml")).replace("  contextOverflow: end\n", "")
                    .replace("runDir: " + dir.resolve("run"), "runDir: " + dir.resolve("refused-run")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringWriter preflight = new StringWriter();
        int runExit = Transcend.commandLine().setErr(new PrintWriter(preflight, true)).execute("run",
                config.toString(), "--no-progress");
        assertEquals(ExitCodes.USAGE, runExit, preflight.toString());
        assertTrue(preflight.toString().contains("play.moveLimit 30 full moves needs 60 plies of context, but"
                + " model.contextLength 16 holds 15; raise contextLength to at least 61, lower moveLimit, or set"
                + " play.contextOverflow to end or slide"), preflight.toString());
        assertTrue(!Files.exists(dir.resolve("refused-run").resolve("generate")), "refused before any work");

        StringWriter bad = new StringWriter();
        int badExit = Transcend.commandLine().setErr(new PrintWriter(bad, true)).execute("play", "--model",
                checkpoint().toString(), "--context-overflow", "crop", "--out", dir.resolve("crop").toString());
        assertEquals(ExitCodes.USAGE, badExit, bad.toString());
        assertTrue(bad.toString().contains("contextOverflow: 'crop' is not allowed; allowed values: refuse, end, slide"),
                bad.toString());
    }

    private static Path checkpoint() {
        return dir.resolve("run").resolve("train").resolve("checkpoint");
    }

    private static Path opponents() {
        Path fromModule = Path.of("..", "configs", "opponents.yaml");
        return (Files.exists(fromModule) ? fromModule : Path.of("configs", "opponents.yaml")).toAbsolutePath();
    }
}
