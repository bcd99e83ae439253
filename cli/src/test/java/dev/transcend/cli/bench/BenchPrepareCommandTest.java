package dev.transcend.cli.bench;

import dev.transcend.cli.Transcend;
import dev.transcend.dataprep.bench.PrepareBench;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench prepare} runs end to end on a small generated file and prints its rows; no timing is asserted. */
class BenchPrepareCommandTest {

    @Test
    void printsTheThreeRowsPerCapTheRatioAndTheLinearityLineOnAGeneratedFile() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Transcend.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("bench", "prepare", "--generated", "--size-mb", "0.5", "--caps", "1000,2400", "--runs", "1");
        String text = out.toString();
        assertEquals(0, exit, text + err);
        assertTrue(text.contains("generated random games"), text);
        for (String cap : new String[] {"cap 1000:", "cap 2400:"}) {
            assertTrue(text.contains(cap), text);
        }
        assertEquals(2, rows(text, "tag-only filtering"), text);
        assertEquals(2, rows(text, "filtering + tokenization"), text);
        boolean installed = PrepareBench.pgnExtract().isPresent();
        assertEquals(installed ? 2 : 0, rows(text, "pgn-extract"), text);
        assertEquals(installed ? 2 : 0, rows(text, "prepare / pgn-extract:"), text);
        if (installed) {
            assertTrue(Pattern.compile("prepare / pgn-extract: \\d+\\.\\dx").matcher(text).find(), text);
        } else {
            assertTrue(text.contains("pgn-extract: not installed"), text);
        }
        assertTrue(text.contains("linearity (filtering + tokenization, cap 1000)"), text);
    }

    /** @return lines that start with two spaces and then {@code what} and a space: a table row of a cap */
    private static int rows(String text, String what) {
        return (int) text.lines().filter(line -> line.startsWith("  " + what + " ")).count();
    }
}
