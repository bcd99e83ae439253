package dev.transcend.reports;

import java.nio.file.Path;

/**
 * What the report stage wrote.
 *
 * @param ratings rating rows reported
 * @param games games read
 * @param warnings warning callouts in the report (uncalibrated opponents, disagreeing inputs, arena-decided games)
 * @param html the HTML report
 * @param markdown the Markdown report
 * @param chart the rating-vs-temperature PNG
 */
public record ReportSummary(int ratings, int games, int warnings, Path html, Path markdown, Path chart) {

    /** @return the counts as recorded in the manifest */
    public Counts counts() {
        return new Counts(ratings, games, warnings);
    }

    /**
     * The manifest's counts.
     *
     * @param ratings rating rows reported
     * @param games games read
     * @param warnings warning callouts in the report
     */
    public record Counts(int ratings, int games, int warnings) {
    }
}
