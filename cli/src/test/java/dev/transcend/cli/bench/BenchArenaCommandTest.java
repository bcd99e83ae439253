package dev.transcend.cli.bench;

import dev.transcend.cli.Transcend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench arena} plays real games with a real engine on 1 and 2 slots and prints both rows and the ratio. */
class BenchArenaCommandTest {

    private static final Path OPPONENTS = Path.of("..", "configs", "opponents.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void printsSequentialAndParallelRowsAndTheirRatio() throws IOException {
        Path config = dir.resolve("tiny.yaml");
        Files.writeString(config, """
                name: tiny
                runDir: %s
                generate: {games: 10, playersFile: %s}
                prepare: {cap: 1000}
                model: {contextLength: 64, layers: 1, heads: 2, embedding: 16}
                play: {opponentsFile: %s, opponents: [random], moveLimit: 20, openingPlies: 2}
                """.formatted(dir.resolve("run"), OPPONENTS, OPPONENTS));
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Transcend.commandLine();
            cli.setErr(new PrintWriter(err));
            exit = cli.execute("bench", "arena", "--config", config.toString(), "--opponents", OPPONENTS.toString(),
                    "--opponent", "fairy-m4-n50", "--games", "3", "--slots", "2");
        } finally {
            System.setOut(stdout);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err + text);
        for (int slots : new int[] {1, 2}) {
            Matcher row = Pattern.compile("(?m)^\\s+" + slots + "\\s+(\\d+)\\s+(\\d+)\\s+[0-9.]+\\s+(\\d+)\\s+[0-9.]+\\s+(\\d+)"
                    + "\\s+[0-9.]+$").matcher(text);
            assertTrue(row.find(), "row for " + slots + " slots in:\n" + text);
            assertEquals(3, Integer.parseInt(row.group(1)), text);                 // games
            assertTrue(Integer.parseInt(row.group(2)) >= 3 * 2 + 1, text);        // plies beyond the openings
            assertTrue(Integer.parseInt(row.group(4)) > 0, text);                 // the model moved
        }
        assertTrue(Pattern.compile("parallel / sequential: [0-9.]+x games per hour, [0-9.]+x plies per second \\(2 slots")
                .matcher(text).find(), text);
        assertTrue(text.contains("untrained model of"), text);
    }

    @Test
    void refusesOneSlot() {
        StringWriter err = new StringWriter();
        CommandLine cli = Transcend.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("bench", "arena", "--slots", "1");
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("--slots 1 is not allowed; use 2..256"), err.toString());
    }
}
