package dev.transcend.cli;

import dev.transcend.core.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code transcend analyze diversity} end to end on generated games: CSV, chart and manifest; bad options. */
class AnalyzeDiversityCommandTest {

    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = Transcend.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesCsvChartAndManifestForEachCap() throws IOException {
        Path games = dir.resolve("games.pgn.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(games))) {
            out.write(RandomGames.pgn(RandomGames.walk(3, 150, 10, 30, 0.5), true)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("div");
        StringWriter err = new StringWriter();
        int exit = run(err, "analyze", "diversity", "--input", games.toString(), "--caps", "1300,1000,1800",
                "--min-count", "5", "--out", out.toString(), "--no-progress");
        assertEquals(ExitCodes.OK, exit, err.toString());
        List<String> rows = Files.readAllLines(out.resolve("diversity.csv"));
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("1000,") && rows.get(2).startsWith("1300,") && rows.get(3).startsWith("1800,"),
                rows.toString());
        assertTrue(rows.get(3).startsWith("1800,150,"), "every walk is rated 600-1800: " + rows.get(3));
        assertNotNull(ImageIO.read(out.resolve("diversity.png").toFile()));
        assertTrue(Files.size(out.resolve("common_positions.csv")) > 0);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"stage\" : \"analyze\"")
                || Files.readString(out.resolve("manifest.json")).contains("\"stage\":\"analyze\""));
    }

    @Test
    void badOptionsAndForeignFoldersAreOneLine() throws IOException {
        Path games = dir.resolve("games.pgn");
        Files.writeString(games, RandomGames.pgn(RandomGames.walk(4, 20), false));
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(err, "analyze", "diversity", "--input", games.toString(), "--key", "zobrist",
                "--out", dir.resolve("a").toString(), "--no-progress"));
        assertTrue(err.toString().contains("unknown position key 'zobrist'"), err.toString());

        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "mine");
        StringWriter refused = new StringWriter();
        int exit = run(refused, "analyze", "diversity", "--input", games.toString(), "--out", mine.toString(),
                "--no-progress");
        assertTrue(exit != ExitCodes.OK && exit != ExitCodes.SOFTWARE, refused.toString());
        assertTrue(refused.toString().contains("notes.txt"), refused.toString());
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));

        StringWriter none = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(none, "analyze", "--no-such"));
    }
}
