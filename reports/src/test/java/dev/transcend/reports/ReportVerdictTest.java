package dev.transcend.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.training.TrainingDiagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report with the run's ladder, players and diagnostics: verdict.json, the headline, the scale, the order. */
class ReportVerdictTest {

    /** A model that learned nothing: its loss is the unigram loss and most of its top moves are illegal. */
    static final TrainingDiagnostics LEARNED_NOTHING = new TrainingDiagnostics(1000, 5.91, 5.93, 0.04, 0.31, 12_000);

    @TempDir
    static Path dir;
    private static DemoRun run;
    private static ReportSummary summary;

    @BeforeAll
    static void report() throws IOException {
        run = DemoRun.write(dir.resolve("run"), LEARNED_NOTHING);
        ReportContext context = new ReportContext("demo", "name: demo\n", List.of(), List.of());
        summary = ReportStage.run(run.ratings, List.of(run.games), context, run.evidence(), dir.resolve("report"));
    }

    @Test
    void verdictJsonComparesEachTemperatureWithTheBestExpertInTheData() throws IOException {
        JsonNode v = Json.mapper().readTree(dir.resolve("report/verdict.json").toFile());
        assertEquals("ladder", v.get("scale").asText());
        assertEquals("expert-a", v.get("bestExpert").get("name").asText(), "expert-strong has no kept games");
        assertEquals(1200, v.get("bestExpert").get("rating").asDouble());
        assertEquals("sf-base", v.get("basePolicy").get("name").asText());
        assertEquals(1600, v.get("basePolicy").get("rating").asDouble());
        JsonNode low = v.get("temperatures").get(0);
        JsonNode high = v.get("temperatures").get(1);
        assertEquals(0.001, low.get("temperature").asDouble());
        assertTrue(low.get("low95").asDouble() > 1200, low.toString());
        assertTrue(low.get("low95").asDouble() <= low.get("rating").asDouble());
        assertTrue(low.get("rating").asDouble() <= low.get("high95").asDouble());
        assertTrue(low.get("aboveBestExpert").asBoolean());
        assertEquals(1.0, high.get("temperature").asDouble());
        assertFalse(high.get("aboveBestExpert").asBoolean(), high.toString());
        assertTrue(v.get("transcends").asBoolean());
    }

    @Test
    void theVerdictComesFirstThenTheChartThenTheSettings() throws IOException {
        String html = Files.readString(summary.html());
        int verdict = html.indexOf("<h2>Verdict</h2>");
        int chart = html.indexOf("<h2>Rating vs. temperature</h2>");
        int findings = html.indexOf("<h2>Findings</h2>");
        int settings = html.indexOf("<h2>What was run</h2>");
        assertTrue(verdict > 0 && verdict < chart && chart < findings && findings < settings,
                verdict + " " + chart + " " + findings + " " + settings);
        assertTrue(html.indexOf("<h2>") == verdict, "nothing before the verdict");
        assertTrue(html.contains("<strong>Transcends: yes.</strong> At temperature 0.001"), html);
        assertTrue(html.contains("the best expert in the training data, expert-a (1200, ladder)"), html);
        assertTrue(html.contains("<td>above expert-a</td><td>above cap 1250</td>"), html);
        assertTrue(html.contains("<strong>Rating scale: ladder.</strong>"), html);
        assertFalse(html.contains("Lichess scale"), "generated games on a ladder: no Lichess caveat");
    }

    @Test
    void aModelThatLearnedNothingIsFlagged() throws IOException {
        String html = Files.readString(summary.html());
        assertTrue(html.contains("<h3>Training diagnostics</h3>"));
        assertTrue(html.contains("<td>loss of always predicting the data&#39;s move frequencies (unigram)</td>"
                + "<td class=\"num\">5.930</td>"), html);
        assertTrue(html.contains("<strong>Warning: The model learned little or nothing.</strong> Its validation loss"
                + " 5.910 is not clearly below the unigram loss 5.930 and 31.0% of its top moves are legal"), html);
    }

    @Test
    void aModelThatLearnedIsNotFlaggedAndOpponentsAreListedByRating() throws IOException {
        DemoRun learned = DemoRun.write(dir.resolve("run2"),
                new TrainingDiagnostics(1000, 2.1, 5.9, 0.45, 0.97, 12_000));
        ReportSummary s = ReportStage.run(learned.ratings, List.of(learned.games), ReportContext.titled("t"),
                learned.evidence(), dir.resolve("report2"));
        String html = Files.readString(s.html());
        assertFalse(html.contains("learned little or nothing"));
        assertTrue(html.contains("expert-b (1100), expert-strong (1400), sf-base (1600)"), html);
    }

    @Test
    void theManifestNamesTheEvidenceAndTheVerdict() throws IOException {
        Manifest manifest = Manifest.readFrom(dir.resolve("report"));
        List<String> inputs = manifest.inputs().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList();
        assertEquals(List.of("ratings.csv", "games.csv", "ladder.csv", "players.csv", "diagnostics.json"), inputs);
        assertTrue(manifest.outputs().stream().anyMatch(f -> f.path().equals(Verdict.FILE_NAME)));
    }

    @Test
    void withoutLadderTheScaleIsAssumedAndTheChartSaysSo() throws IOException {
        RunEvidence noLadder = RunEvidence.read(Optional.empty(), Optional.of(run.players), Optional.empty(),
                Optional.of(false));
        ReportSummary s = ReportStage.run(run.ratings, List.of(run.games), ReportContext.titled("t"), noLadder,
                dir.resolve("report3"));
        JsonNode v = Json.mapper().readTree(dir.resolve("report3/verdict.json").toFile());
        assertEquals("assumed", v.get("scale").asText());
        assertTrue(v.get("bestExpert").get("assumed").asBoolean());
        assertTrue(v.get("basePolicy").isNull());
        String html = Files.readString(s.html());
        assertTrue(html.contains("<strong>Warning: Rating scale: assumed.</strong>"), html);
        assertTrue(html.contains("no diagnostics.json was found"));
        String subtitle = ((org.jfree.chart.title.TextTitle) RatingChart.chart(List.of(), List.of(), true)
                .getSubtitle(1)).getText();
        assertTrue(subtitle.contains("Ratings are ASSUMED (no ladder)"), subtitle);
    }

    @Test
    void realGamesSayTheCapIsOnTheLichessScale() throws IOException {
        RunEvidence real = RunEvidence.read(Optional.of(run.ladder), Optional.empty(), Optional.empty(),
                Optional.of(true));
        ReportSummary s = ReportStage.run(run.ratings, List.of(run.games), ReportContext.titled("t"), real,
                dir.resolve("report4"));
        String html = Files.readString(s.html());
        assertTrue(html.contains("<strong>Warning: Rating scale: lichess.</strong> The cap and the training players"
                + "&#39; ratings are on the Lichess scale"), html);
    }
}
