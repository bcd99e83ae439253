package dev.transcend.reports;

import dev.transcend.rating.RateStage;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportStageTest {

    private static final String LEGAL = "tiny,1000,LEGAL_MOVES";
    private static final String FULL = "tiny,1000,FULL_VOCABULARY";

    @TempDir
    static Path dir;
    private static Path games;
    private static Path ratings;
    private static ReportSummary summary;

    /** One play-rate-report pass shared by the tests: rendering the chart is the slow part. */
    @BeforeAll
    static void playRateAndReport() throws IOException {
        games = new GamesCsvFixture()
                // LEGAL_MOVES at 0.001 scores 80% against 1554: rated well above the cap of 1000.
                .match(LEGAL, "0.001", "sf-skill1", 1554, true, 15, 2, 3, 0, 0, "CHECKMATE")
                .match(LEGAL, "0.001", "guess-weak", 1200, false, 4, 0, 0, 0, 0, "CHECKMATE")
                .match(LEGAL, "1", "sf-skill1", 1554, true, 1, 0, 14, 0, 0, "ENGINE_CRASH")
                // FULL_VOCABULARY at 1.0 loses a lot, partly by illegal moves.
                .match(FULL, "1", "sf-skill1", 1554, true, 0, 1, 9, 4, 2, "CHECKMATE")
                .writeTo(dir.resolve("play/games.csv"));
        ratings = RateStage.run(List.of(games), dir.resolve("rate")).ratingsCsv();
        ReportContext context = new ReportContext("Transcendence <smoke> & test",
                "play:\n  temperatures: [0.001, 1]\n",
                List.of(new ReportContext.Fact("checkpoint", "runs/x/train/best")),
                List.of("Opponents by node budget."));
        summary = ReportStage.run(ratings, List.of(games), context, dir.resolve("report"));
    }

    @Test
    void writesHtmlMarkdownChartAndManifest() throws IOException {
        assertEquals(3, summary.ratings());
        assertEquals(49, summary.games());
        assertNotNull(ImageIO.read(summary.chart().toFile()));
        Manifest manifest = Manifest.readFrom(dir.resolve("report"));
        assertEquals(Stage.REPORT, manifest.stage());
        assertEquals(2, manifest.inputs().size());
        assertEquals(List.of("ratings.csv", "rating_vs_temperature.png", "report.html", "report.md", "verdict.json"),
                manifest.outputs().stream().map(FileEntry::path).toList());
        for (Path page : List.of(summary.html(), summary.markdown())) {
            assertFalse(Files.readString(page).contains("Optional"), page + " shows no Java Optional text");
        }
    }

    @Test
    void htmlHoldsTablesSettingsAndTheChart() throws IOException {
        String html = Files.readString(summary.html());
        assertTrue(html.contains("<title>Transcendence &lt;smoke&gt; &amp; test</title>"), "title is escaped");
        assertTrue(html.contains("<img src=\"rating_vs_temperature.png\""));
        assertTrue(html.contains("<pre>play:\n  temperatures: [0.001, 1]</pre>"));
        assertTrue(html.contains("<td>checkpoint</td><td>runs/x/train/best</td>"));
        assertTrue(html.contains("<li>Opponents by node budget.</li>"));
        for (String heading : List.of("Ratings by temperature", "Results per opponent", "Illegal moves",
                "How games ended")) {
            assertEquals(2, count(html, "<h3>" + heading + "</h3>"), heading + " once per series");
        }
        // LEGAL_MOVES, 0.001: 19 wins, 2 draws, 3 losses.
        assertTrue(html.contains("<tr><td class=\"num\">0.001</td><td class=\"num\">24</td><td class=\"num\">19/2/3"
                + "</td><td class=\"num\">83.3%</td>"), html);
        // Per opponent: guess-weak is flagged in its row; each opponent has its own wins/draws/losses per temperature.
        assertTrue(html.contains("<td>guess-weak</td><td class=\"num\">1200</td><td>NO (assumed)</td>"));
        assertTrue(html.contains("<td>sf-skill1</td><td class=\"num\">1554</td><td>yes</td><td class=\"num\">20</td>"
                + "<td class=\"num\">15/2/3</td>"), "per-opponent W/D/L");
        assertTrue(html.contains("<td>guess-weak</td><td class=\"num\">1200</td><td>NO (assumed)</td><td class=\"num\">"
                + "4</td><td class=\"num\">4/0/0</td>"), "per-opponent W/D/L");
        // The rate stage's SPRT above the cap (1000): 80% against 1554 decides "above" (LLR 10.50); 1 of 15 against
        // 1554, 554 points above X, says little about 950 vs 1050 (a loss moves the ratio by -0.02): undecided.
        assertTrue(html.contains("<th>SPRT: rating above X</th>"), html);
        assertTrue(html.contains("<td>above 1000 (LLR 10.50 ≥ 2.94)</td>"), html);
        assertTrue(html.contains("<td>undecided on 1000 (LLR "), html);
    }

    @Test
    void illegalAttemptsAndLossesAreShownForFullVocabulary() throws IOException {
        String html = Files.readString(summary.html());
        // 10 games: 4 illegal-move losses (5 attempts each) + 6 games with 2 attempts = 32 attempts.
        assertTrue(html.contains("<tr><td class=\"num\">1.0</td><td class=\"num\">10</td><td class=\"num\">32</td>"
                + "<td class=\"num\">3.20</td><td class=\"num\">4</td><td class=\"num\">40.0%</td></tr>"), html);
        assertTrue(html.contains("Illegal moves (FULL_VOCABULARY).</strong>"));
        assertTrue(html.contains("it drew 32 illegal moves and lost 4 game(s)"));
        assertTrue(html.contains("<th class=\"num\">NO_LEGAL_SAMPLE</th>"));
    }

    @Test
    void warnsAboutUncalibratedOpponentsAndArenaDecidedGames() throws IOException {
        String html = Files.readString(summary.html());
        assertTrue(html.contains("<strong>Warning: Uncalibrated opponents.</strong>"));
        assertTrue(html.contains("guess-weak (assumed 1200)"));
        assertTrue(html.contains("<strong>Warning: Games decided by the arena.</strong>"));
        assertTrue(html.contains("ENGINE_CRASH 1"));
        // and the scale: no ladder was given, so the ratings are assumed
        assertTrue(html.contains("<strong>Warning: Rating scale: assumed.</strong>"), html);
        assertEquals(3, summary.warnings());
        assertFalse(html.contains("Ratings and games disagree"));
    }

    @Test
    void saysWhetherEachSeriesClearsItsCap() throws IOException {
        String html = Files.readString(summary.html());
        assertTrue(html.contains("tiny, cap 1000, LEGAL_MOVES: rated above its cap.</strong> At temperature 0.001 the"
                + " Glicko-2 95% interval lies entirely above the training cap of 1000"), html);
        assertTrue(html.contains("tiny, cap 1000, FULL_VOCABULARY: not shown to transcend.</strong>"));
        assertTrue(html.contains("2 temperatures were tested"));
    }

    @Test
    void markdownSaysTheSame() throws IOException {
        String md = Files.readString(summary.markdown());
        assertTrue(md.startsWith("# Transcendence &lt;smoke> & test\n"));
        assertTrue(md.contains("> **Warning: Uncalibrated opponents.**"));
        assertTrue(md.contains("| Temperature | Games | Illegal attempts | Attempts per game | Illegal-move losses |"));
        assertTrue(md.contains("| 1.0 | 10 | 32 | 3.20 | 4 | 40.0% |"));
        assertTrue(md.contains("![Rating against sampling temperature, with the experts' and the base policy's ratings"
                + " and the cap as horizontal lines](rating_vs_temperature.png)"));
        assertTrue(md.contains("```\nplay:\n  temperatures: [0.001, 1]\n```"));
    }

    @Test
    void warnsWhenRatingsWereComputedFromOtherGames() throws IOException {
        Path more = new GamesCsvFixture()
                .match(LEGAL, "0.5", "sf-skill1", 1554, true, 1, 1, 1, 0, 0, "CHECKMATE")
                .writeTo(dir.resolve("extra/games.csv"));
        ReportSummary other = ReportStage.run(ratings, List.of(games, more), ReportContext.titled("t"),
                dir.resolve("report-mismatch"));
        String html = Files.readString(other.html());
        assertTrue(html.contains("Warning: Ratings and games disagree"));
        assertTrue(html.contains("at temperature 0.5: ratings.csv counts 0 games, the games.csv files hold 3"), html);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
