package dev.transcend.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens a real {@code report.html} in headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs
 * it) in a narrow 700 x 900 window and checks what a reader sees: the chart image loaded at its full size and fits
 * the page, every table is shown, no image is broken, and the page does not scroll sideways. A copy of the report
 * with a small inline script records those measurements into the DOM, which {@code --dump-dom} prints. Skipped (JUnit
 * assumption) only when no Chromium binary is on the PATH.
 */
class ReportBrowserTest {

    private static final int WINDOW_WIDTH = 700;
    private static final Pattern PROBE = Pattern.compile("data-probe=\"([^\"]*)\"");
    private static final String SCRIPT = """
            <script>
            window.addEventListener('load', () => {
              const images = [...document.images];
              const tables = [...document.querySelectorAll('table')];
              document.body.setAttribute('data-probe', JSON.stringify({
                innerWidth: window.innerWidth,
                scrollWidth: document.documentElement.scrollWidth,
                images: images.map(i => ({src: i.getAttribute('src'), complete: i.complete,
                  naturalWidth: i.naturalWidth, width: i.getBoundingClientRect().width})),
                tables: tables.length,
                shownTables: tables.filter(t => t.getBoundingClientRect().height > 0).length
              }));
            });
            </script>
            """;

    @Test
    void reportShowsChartAndTablesWithoutBrokenImagesOrSidewaysScroll(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium binary on the PATH (Debian: apt-get install chromium)");
        DemoRun run = DemoRun.write(dir.resolve("run"), ReportVerdictTest.LEARNED_NOTHING);
        // a long unbroken path and a wide settings line: the content most likely to push the page sideways
        String longPath = "runs/" + "very-long-folder-name-without-spaces-".repeat(8) + "train/checkpoint";
        ReportContext context = new ReportContext("A report with a long title " + "x".repeat(150),
                "play:\n  opponents: [" + "opponent-with-a-long-name, ".repeat(12) + "last]\n",
                List.of(new ReportContext.Fact("checkpoint", longPath)), List.of("A note: " + longPath));
        ReportSummary summary = ReportStage.run(run.ratings, List.of(run.games), context, run.evidence(),
                dir.resolve("report"));
        String html = Files.readString(summary.html());
        Path probe = summary.html().resolveSibling("probe.html");
        Files.writeString(probe, html.replace("</body>", SCRIPT + "</body>"));

        JsonNode seen = render(chromium.get(), probe, dir.resolve("profile"));

        int tablesInHtml = html.split("<table>", -1).length - 1;
        assertTrue(tablesInHtml >= 6, "the report has its tables: " + tablesInHtml);
        assertEquals(tablesInHtml, seen.get("tables").asInt());
        assertEquals(tablesInHtml, seen.get("shownTables").asInt(), "every table is shown: " + seen);
        assertEquals(1, seen.get("images").size(), seen.toString());
        JsonNode chart = seen.get("images").get(0);
        assertEquals(RatingChart.FILE_NAME, chart.get("src").asText());
        assertTrue(chart.get("complete").asBoolean(), seen.toString());
        assertEquals(RatingChart.WIDTH, chart.get("naturalWidth").asInt(), "the chart loaded, not broken: " + seen);
        assertTrue(chart.get("width").asDouble() > 100 && chart.get("width").asDouble() <= WINDOW_WIDTH,
                "the chart is shown and fits the window: " + seen);
        assertEquals(WINDOW_WIDTH, seen.get("innerWidth").asInt(), seen.toString());
        assertTrue(seen.get("scrollWidth").asInt() <= seen.get("innerWidth").asInt(),
                "the page does not scroll sideways: " + seen);
    }

    /** @return the measurements the probe script left in the DOM */
    private static JsonNode render(Path chromium, Path page, Path profile) throws IOException, InterruptedException {
        Path out = Files.createDirectories(profile).resolve("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--window-size=" + WINDOW_WIDTH + ",900", "--virtual-time-budget=10000",
                "--dump-dom", page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(profile.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        Matcher m = PROBE.matcher(dom);
        assertTrue(m.find(), "chromium (exit " + p.exitValue() + ") printed no probe; stderr: "
                + Files.readString(profile.resolve("stderr.txt")));
        String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        return Json.mapper().readTree(json);
    }

    /** @return the first of chromium, chromium-browser, google-chrome on the PATH */
    static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
