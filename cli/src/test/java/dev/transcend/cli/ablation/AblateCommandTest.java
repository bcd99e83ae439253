package dev.transcend.cli.ablation;

import dev.transcend.cli.Transcend;
import dev.transcend.reports.ablation.AblationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code transcend ablate} end to end: two tiny arms run at once, each a real {@code transcend run} in a JVM of its
 * own (real engine games, real SameDiff training, a real sweep), a third arm fails (its engine is not installed);
 * the report has both verdicts and names the failure; a second call resumes and repeats no game.
 */
class AblateCommandTest {

    @Test
    void runsTheArmsReportsThemAndResumes(@TempDir Path dir) throws IOException {
        String opponents = Path.of("..", "configs", "opponents.yaml").toAbsolutePath().toString();
        // an engine that is not installed: every check before the start passes, the arm fails when it plays (exit 4)
        Path broken = dir.resolve("broken-roster.yaml");
        Files.writeString(broken, """
                players:
                  - {type: random, name: random, rating: 100}
                  - {name: ghost, command: /nonexistent/ghost-engine, limit: {nodes: 1}, rating: 900}
                """);
        Path config = dir.resolve("tiny-ablation.yaml");
        Files.writeString(config, """
                name: tiny-ablation
                runDir: %s
                parallel: 2
                experiment:
                  generate: {playersFile: %s, players: [random, fairy-m3-n50, sf-s0-n50], games: 30, moveLimit: 30,
                             concurrency: 1, seed: 3}
                  prepare: {cap: 1200, validationFraction: 0.5}   # about 10 games kept in one arm: a larger share keeps its validation split from being empty by chance
                  model: {contextLength: 64, layers: 1, heads: 2, embedding: 32}
                  train: {steps: 6, batchSize: 4, evalEvery: 3, checkpointEvery: 3}
                  play: {opponentsFile: %s, opponents: [random], temperatures: [0.001, 1.0], gamesPerOpponent: 2,
                         protocol: LEGAL_MOVES, moveLimit: 20, concurrency: 1}
                arms:
                  - name: three-players
                    prediction: transcends
                  - name: two-players
                    description: the weakest two only
                    prediction: does-not-transcend
                    set: {generate: {players: [random, fairy-m3-n50]}}
                  - name: broken
                    set: {generate: {playersFile: %s, players: [random, ghost]}}
                """.formatted(dir.resolve("runs"), opponents, opponents, broken));

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        int exit = ablate(config, first);
        String out = first.toString(StandardCharsets.UTF_8);
        assertEquals(4, exit, out); // the broken arm's engine failure (exit 4) is the ablation's exit
        assertTrue(out.contains("[three-players] finished"), out);
        assertTrue(out.contains("[two-players] finished"), out);
        assertTrue(out.contains("[broken] FAILED with exit 4"), out);
        assertTrue(out.contains("ghost-engine"), out); // the failed arm's last log line says why

        Path runs = dir.resolve("runs");
        for (String arm : List.of("three-players", "two-players")) {
            assertTrue(Files.isRegularFile(runs.resolve(arm).resolve("report").resolve("verdict.json")), arm);
            assertTrue(Files.readString(runs.resolve("configs").resolve(arm + ".yaml")).contains("name: tiny-ablation-" + arm));
        }
        List<String> csv = Files.readAllLines(runs.resolve("report").resolve(AblationReport.VERDICTS_CSV));
        assertEquals(4, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(2).startsWith("two-players,the weakest two only,"), csv.get(2));
        assertTrue(csv.get(3).startsWith("broken,,,,,,failed,open,"), csv.get(3));
        assertTrue(Files.readString(runs.resolve("ablation.json")).contains("\"ablation\": \"tiny-ablation\""));
        assertTrue(Files.readString(runs.resolve("report").resolve(AblationReport.HTML)).contains("ghost-engine"),
                "the report says why the arm failed");
        String html = Files.readString(runs.resolve("report").resolve(AblationReport.HTML));
        assertTrue(html.contains("<img src=\"three-players.png\"") && html.contains("<img src=\"two-players.png\""));
        assertTrue(Files.size(runs.resolve("report").resolve("two-players.png")) > 1000);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertEquals(4, ablate(config, second));
        String log = Files.readString(runs.resolve("logs").resolve("two-players.log"));
        assertTrue(log.contains("30 games (30 from an earlier run)"), log);
        assertTrue(log.contains("4 games (4 from an earlier run)"), log);
    }

    private static int ablate(Path config, ByteArrayOutputStream out) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return Transcend.commandLine().execute("ablate", "--status-every", "2", config.toString());
        } finally {
            System.setOut(stdout);
        }
    }
}
