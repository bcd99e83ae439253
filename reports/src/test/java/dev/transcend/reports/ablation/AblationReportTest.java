package dev.transcend.reports.ablation;

import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.reports.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ablation report on constructed verdicts: rows, agreement with the prediction, failed arms, files. */
class AblationReportTest {

    private static final Verdict.Reference EXPERT = new Verdict.Reference("expert-a", 574, false);
    private static final Verdict.Reference BASE = new Verdict.Reference("base", 1367, false);

    private static Verdict.Entry entry(double t, Double rating, Double low, Double high, String bound, boolean above) {
        return new Verdict.Entry("m@step600", 1000, t, 120, rating, low, high, bound, above);
    }

    private static Verdict verdict(boolean transcends) {
        return new Verdict("ladder", EXPERT, BASE, List.of(
                entry(1.0, 308.3, 202.3, 400.9, "none", false),
                entry(0.001, 659.0, transcends ? 593.8 : 560.0, 723.5, "none", transcends)), transcends);
    }

    @Test
    void aRowTakesTheLowestAndHighestTemperatureAndComparesWithThePrediction() {
        ArmRow row = ArmRow.of(ArmOutcome.finished("random-5", "five experts", Prediction.TRANSCENDS, verdict(true), null));
        assertEquals(List.of("random-5", "five experts", "expert-a 574", "base 1367", "0.001: 659 [594, 724]",
                "1.0: 308 [202, 401]", "yes", "transcends", "yes"), row.cells());
        ArmRow wrong = ArmRow.of(ArmOutcome.finished("shared", "", Prediction.DOES_NOT_TRANSCEND, verdict(true), null));
        assertEquals("no", wrong.agrees());
        ArmRow right = ArmRow.of(ArmOutcome.finished("shared", "", Prediction.DOES_NOT_TRANSCEND, verdict(false), null));
        assertEquals("yes", right.agrees());
        ArmRow open = ArmRow.of(ArmOutcome.finished("moves", "", Prediction.OPEN, verdict(false), null));
        assertEquals("", open.agrees());
        assertEquals("no", open.transcends());
    }

    @Test
    void oneSidedBoundsAndFailedArmsReadAsSuch() {
        Verdict allWon = new Verdict("ladder", EXPERT, null, List.of(entry(0.1, null, 900.0, null, "lower", true),
                entry(1.5, null, null, 100.0, "upper", false)), true);
        ArmRow row = ArmRow.of(ArmOutcome.finished("x", "", Prediction.OPEN, allWon, null));
        assertEquals("0.1: >= 900 (all won)", row.lowest());
        assertEquals("1.5: <= 100 (all lost)", row.highest());
        assertEquals("", row.basePolicy());
        ArmRow failed = ArmRow.of(ArmOutcome.failed("y", "d", Prediction.TRANSCENDS, "exit 4; see log"));
        assertEquals("failed", failed.transcends());
        assertEquals("", failed.agrees());
        assertThrows(IllegalArgumentException.class, () -> new ArmOutcome("z", "", null, null, null, null));
    }

    @Test
    void writesTheTableTheChartsAndAManifest(@TempDir Path dir) throws IOException {
        Path chart = dir.resolve("arm-chart.png");
        Files.write(chart, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.write(out.resolve("moves-only.png"), new byte[] {1}); // an earlier run's chart of an arm that now failed
        Path html = AblationReport.write("ablation-x", "What it tests.", List.of(
                ArmOutcome.finished("random-5", "five experts", Prediction.TRANSCENDS, verdict(true), chart),
                ArmOutcome.finished("shared-5", "one blind spot", Prediction.DOES_NOT_TRANSCEND, verdict(true), chart),
                ArmOutcome.failed("moves-only", "no board", Prediction.OPEN, "exit 4; see logs/moves-only.log")),
                Map.of("name", "ablation-x"), out);
        String page = Files.readString(html);
        assertTrue(page.contains("1 of 2 arms with a prediction agree with the theory; 1 arm(s) failed"), page);
        assertTrue(page.contains("<img src=\"random-5.png\""), page);
        assertTrue(page.contains("<img src=\"shared-5.png\""), page);
        assertFalse(page.contains("moves-only.png"), page);
        assertTrue(page.contains("exit 4; see logs/moves-only.log"), page);
        assertTrue(Files.isRegularFile(out.resolve("random-5.png")));
        assertFalse(Files.exists(out.resolve("moves-only.png")), "a failed arm keeps no stale chart");
        assertTrue(page.contains("Several temperatures are several tries"), page);
        assertTrue(page.contains("<h2") && page.contains("Settings") && page.contains("name: ablation-x"), page);
        List<String> csv = Files.readAllLines(out.resolve(AblationReport.VERDICTS_CSV));
        assertEquals(String.join(",", ArmRow.CSV_HEADER), csv.get(0));
        assertEquals("random-5,five experts,expert-a 574,base 1367,\"0.001: 659 [594, 724]\",\"1.0: 308 [202, 401]\","
                + "yes,transcends,yes", csv.get(1));
        assertEquals("moves-only,no board,,,,,failed,open,", csv.get(3));
        assertTrue(Files.readString(out.resolve(AblationReport.MARKDOWN)).contains("| shared-5 | one blind spot |"));
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(2, manifest.inputs().size());
        assertEquals(5, manifest.outputs().size());
    }

    @Test
    void aVerdictFileReadsBackIntoTheRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(Verdict.FILE_NAME);
        Json.write(file, verdict(true));
        assertEquals(verdict(true), Json.read(file, Verdict.class));
    }

    @Test
    void predictionsHaveConfigNames() {
        assertEquals(Prediction.DOES_NOT_TRANSCEND, Prediction.of("does-not-transcend"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prediction.of("maybe"));
        assertTrue(e.getMessage().contains("[transcends, does-not-transcend, open]"), e.getMessage());
    }
}
