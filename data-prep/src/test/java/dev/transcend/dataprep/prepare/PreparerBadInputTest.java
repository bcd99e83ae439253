package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DropReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that give no usable dataset, and what such runs leave behind: a clear error, no folder. */
class PreparerBadInputTest {

    private static final String GAME = "[WhiteElo \"1000\"]\n[BlackElo \"900\"]\n\n1. e4 e5 2. Nf3 Nc6 1-0\n\n";

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static IOException failedRun(Path input, Path out) {
        return assertThrows(IOException.class, () -> Preparer.run(List.of(input), PrepareSettings.withCap(1500), out,
                false));
    }

    @Test
    void anEmptyFileKeepsNoGameAndFailsWithoutWritingADataset(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pgn"));
        IOException e = failedRun(empty, dir.resolve("out"));
        assertEquals("no game kept from 0 games read in 1 input file(s) (the inputs hold no PGN games or CSV rows);"
                + " nothing written to " + dir.resolve("out"), e.getMessage());
        assertEquals(List.of("empty.pgn"), entries(dir), "no dataset, no partial folder");
    }

    @Test
    void randomBytesKeepNoGameAndTheMessageSaysWhy(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("noise.pgn"), noise);
        IOException e = failedRun(binary, dir.resolve("out"));
        assertTrue(e.getMessage().startsWith("no game kept from "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(List.of("noise.pgn"), entries(dir));
    }

    @Test
    void gamesAllAboveTheCapAreCountedInTheMessageAndAnOlderDatasetSurvives(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.pgn"), GAME);
        Path out = dir.resolve("out");
        Preparer.run(List.of(good), PrepareSettings.withCap(1500), out, false);
        Path strong = Files.writeString(dir.resolve("strong.pgn"), GAME.replace("1000", "2500").repeat(2));
        IOException e = failedRun(strong, out);
        assertTrue(e.getMessage().startsWith("no game kept from 2 games read in 1 input file(s) (dropped: ABOVE_CAP 2)"),
                e.getMessage());
        assertTrue(Files.exists(out.resolve("manifest.json")), "the previous dataset is kept");
        assertEquals(List.of("good.pgn", "out", "strong.pgn"), entries(dir));
    }

    @Test
    void aDatasetWithoutValidationGamesIsFlagged(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("one.pgn"), GAME);
        PrepareSummary summary = Preparer.run(List.of(one), PrepareSettings.withCap(1500), dir.resolve("out"), false);
        assertEquals(1, summary.counts().trainGames(), "the one game falls in train at the default split");
        assertEquals(List.of("no game fell in the validation split (validationFraction 0.05 of 1 kept games); train"
                + " needs validation games: add games or raise validationFraction"), summary.warnings());
        assertTrue(summary.describe().contains("  WARNING no game fell in the validation split"), summary.describe());
    }

    @Test
    void controlCharactersAreEscapedInSkippedCsv(@TempDir Path dir) throws IOException {
        Path nul = Files.writeString(dir.resolve("nul.pgn"), GAME + GAME.replace("\"1000\"", "\"10\u000000\"") + GAME
                .replace("Nc6", "N\u001b[31mc6"));
        Preparer.run(List.of(nul), PrepareSettings.withCap(1500), dir.resolve("out"), false);
        String skipped = Files.readString(dir.resolve("out/skipped.csv"));
        assertFalse(skipped.contains("\u0000") || skipped.contains("\u001b"), skipped);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(dir.resolve("out/skipped.csv")))) {
            rows = parser.getRecords();
        }
        assertEquals(2, rows.size());
        assertEquals(DropReason.NO_RATING.name(), rows.get(0).get("reason"));
        assertEquals("WhiteElo \"10\\u000000\", BlackElo \"900\"", rows.get(0).get("detail"));
        assertTrue(rows.get(1).get("detail").contains("N\\u001B[31mc6"), rows.get(1).get("detail"));
    }
}
