package dev.transcend.reports;

import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.core.io.MalformedCsvException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged inputs stop the report with one plain line naming file, line and column, and nothing is written. */
class ReportInputsTest {

    /** The first data row of {@link SampleRatings#twoCaps()}: Glicko-2 1350 +- 1.96 x 45, Elo 1360 [1260, 1460]. */
    private static final String GLICKO = "1350.0000,45.0000,0.06000000,1261.8016,1438.1984";
    private static final String ELO = "1360.0000,1260.0000,1460.0000,none";

    @TempDir
    Path dir;
    private Path ratings;
    private Path games;

    @BeforeEach
    void writeValidInputs() throws IOException {
        ratings = dir.resolve("ratings.csv");
        RatingsCsv.write(ratings, SampleRatings.twoCaps());
        games = new GamesCsvFixture().match("tiny,1000,LEGAL_MOVES", "0.001", "sf-skill1", 1554, true, 1, 1, 1, 0, 0,
                "CHECKMATE").writeTo(dir.resolve("games.csv"));
    }

    /** Replaces {@code from} by {@code to} in the first data row (line 2) of ratings.csv. */
    private void editFirstRow(String from, String to) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ratings));
        assertTrue(lines.get(1).contains(from), lines.get(1));
        lines.set(1, lines.get(1).replace(from, to));
        Files.write(ratings, lines);
    }

    private String refused(Path file) {
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> ReportStage.run(ratings, List.of(games), ReportContext.titled("t"), dir.resolve("report")));
        assertEquals(file, e.file());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("Optional"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report")), "nothing written");
        return e.getMessage();
    }

    @Test
    void theSampleItselfIsAccepted() throws IOException {
        assertEquals(SampleRatings.twoCaps(), RatingsCsv.read(ratings));
        // The sample rows have no SPRT verdict and no distinct-games count: those eight columns are empty.
        assertTrue(Files.readAllLines(ratings).get(1).endsWith(GLICKO + "," + ELO + ",,,,,,,,"),
                "the edits below hit their cells");
    }

    @Test
    void anAbsurdRatingIsRefusedInPlainWords() throws IOException {
        editFirstRow(ELO, "1e300,1260.0000,1460.0000,none");
        assertEquals(ratings + " line 2: elo_mle 1e300 is not a plausible rating (allowed -10000..10000 rating points)",
                refused(ratings));
    }

    @Test
    void anEstimateOutsideItsIntervalIsRefused() throws IOException {
        editFirstRow(ELO, "1500.0000,1260.0000,1460.0000,none");
        assertEquals(ratings + " line 2: elo_mle 1500.0000 is outside elo_low95..elo_high95 (1260.0000..1460.0000)",
                refused(ratings));
    }

    @Test
    void glickoValuesOutsideTheirIntervalOrRangeAreRefused() throws IOException {
        editFirstRow(GLICKO, "1450.0000,45.0000,0.06000000,1261.8016,1438.1984");
        assertTrue(refused(ratings).endsWith("line 2: glicko_rating 1450.0000 is outside glicko_low95..glicko_high95"
                + " (1261.8016..1438.1984)"));
        editFirstRow("1450.0000,45.0000", "1350.0000,-3");
        assertTrue(refused(ratings).endsWith("line 2: glicko_rd -3 is not a plausible rating deviation (allowed"
                + " 0..10000 rating points)"));
    }

    @Test
    void anEloBoundMustMatchItsCells() throws IOException {
        editFirstRow(ELO, "1360.0000,1260.0000,,none");
        assertTrue(refused(ratings).endsWith("line 2: elo_bound none needs elo_mle, elo_low95, elo_high95, but"
                + " elo_high95 is empty"));
        editFirstRow("1360.0000,1260.0000,,none", "1360.0000,1260.0000,,lower");
        assertTrue(refused(ratings).endsWith("line 2: elo_bound lower (a 100% score) leaves elo_mle empty, but it is"
                + " 1360.0000"));
        editFirstRow("1360.0000,1260.0000,,lower", ",1260.0000,,maybe");
        assertTrue(refused(ratings).endsWith("line 2: elo_bound must be one of none, lower, upper; got 'maybe'"));
    }

    @Test
    void emptyAndBinaryInputsAreOneLineErrorsNamingTheFile() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(ratings, new byte[0]);
        assertTrue(refused(ratings).startsWith(ratings + " line 1: header must be exactly 'model,cap,"),
                "empty ratings.csv");
        Files.write(ratings, noise);
        assertTrue(refused(ratings).startsWith(ratings + " line 1: not a UTF-8 text CSV file"), "binary ratings.csv");

        RatingsCsv.write(ratings, SampleRatings.twoCaps());
        Files.write(games, noise);
        assertTrue(refused(games).startsWith(games + " line 1: not a UTF-8 text CSV file"), "binary games.csv");
        Files.write(games, new byte[0]);
        assertTrue(refused(games).startsWith(games + " line 1: header must be exactly 'model,cap,protocol,"),
                "empty games.csv");
    }
}
