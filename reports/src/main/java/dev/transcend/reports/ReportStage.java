package dev.transcend.reports;

import dev.transcend.rating.RateStage;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.Json;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code report} stage: {@code ratings.csv} and the {@code games.csv} files in (and, when given, the run's
 * {@code ladder.csv}, {@code players.csv} and {@code diagnostics.json}); a copy of {@code ratings.csv},
 * {@code verdict.json}, {@code rating_vs_temperature.png}, {@code report.html}, {@code report.md} and
 * {@code manifest.json} out, each written atomically.
 */
public final class ReportStage {

    /** A report folder holds only what this stage writes, so --out never overwrites a user's files. */
    private static final StageFolder FOLDER = new StageFolder(Stage.REPORT, Set.of(RateStage.RATINGS_FILE,
            RatingChart.FILE_NAME, HtmlReport.FILE_NAME, MarkdownReport.FILE_NAME, Verdict.FILE_NAME), null);

    private ReportStage() {
    }

    /**
     * @param ratingsCsv the rate stage's {@code ratings.csv}
     * @param gamesCsvs the {@code games.csv} files it was computed from (at least one), for the per-opponent and
     *                  termination tables and for a consistency check against {@code ratingsCsv}
     * @param context title, resolved settings, key facts and notes supplied by the caller
     * @param outDir output folder, created if missing
     * @return what was written
     * @throws MalformedCsvException naming file, line and column if an input is not UTF-8 text, lacks the exact
     *                               header, or has a malformed row or an impossible rating ({@link RatingsCsv});
     *                               nothing is written then
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if {@code gamesCsvs} is empty
     */
    public static ReportSummary run(Path ratingsCsv, List<Path> gamesCsvs, ReportContext context, Path outDir)
            throws IOException {
        return run(ratingsCsv, gamesCsvs, context, RunEvidence.none(), outDir);
    }

    /**
     * As {@link #run(Path, List, ReportContext, Path)}, with what the run knows beyond its games: the verdict
     * compares the model with the best expert in its training data (ladder, {@code players.csv}) and the headline
     * shows the training diagnostics.
     *
     * @param evidence the run's ladder, players and diagnostics ({@link RunEvidence#read}); each may be missing
     */
    public static ReportSummary run(Path ratingsCsv, List<Path> gamesCsvs, ReportContext context,
                                    RunEvidence evidence, Path outDir) throws IOException {
        if (gamesCsvs.isEmpty()) {
            throw new IllegalArgumentException("no games.csv given");
        }
        FOLDER.check(outDir);
        List<RatingRow> ratings = RatingsCsv.read(ratingsCsv);
        List<GameRow> games = GamesCsv.readAll(gamesCsvs);
        Files.createDirectories(outDir);

        // the report folder is self-contained: the table behind the chart travels with it
        Path ratingsCopy = outDir.resolve(RateStage.RATINGS_FILE);
        if (!Files.exists(ratingsCopy) || !Files.isSameFile(ratingsCsv, ratingsCopy)) {
            AtomicFiles.write(ratingsCopy, out -> Files.copy(ratingsCsv, out));
        }
        Verdict verdict = Verdict.of(ratings, BestExpert.find(evidence.ladder(), evidence.players(), cap(ratings)),
                BestExpert.basePolicy(evidence.ladder()), evidence.scale());
        Path verdictJson = outDir.resolve(Verdict.FILE_NAME);
        Json.write(verdictJson, verdict);
        Path chart = outDir.resolve(RatingChart.FILE_NAME);
        RatingChart.write(ratings, evidence.chartLines(verdict), evidence.scale() == RatingScale.ASSUMED, chart);
        ReportDocument document = ReportComposer.compose(ratings, games, context, evidence, verdict,
                RatingChart.FILE_NAME);
        Path html = outDir.resolve(HtmlReport.FILE_NAME);
        AtomicFiles.writeString(html, HtmlReport.render(document));
        Path markdown = outDir.resolve(MarkdownReport.FILE_NAME);
        AtomicFiles.writeString(markdown, MarkdownReport.render(document));

        int warnings = (int) document.blocks().stream()
                .filter(b -> b instanceof Block.Callout c && c.tone() == Block.Tone.WARNING).count();
        ReportSummary summary = new ReportSummary(ratings.size(), games.size(), warnings, html, markdown, chart);
        List<FileEntry> inputs = new ArrayList<>(List.of(FileEntry.of(ratingsCsv)));
        gamesCsvs.forEach(f -> inputs.add(FileEntry.of(f)));
        evidence.sources().forEach(f -> inputs.add(FileEntry.of(f)));
        List<FileEntry> outputs = List.of(FileEntry.of(ratingsCopy, RateStage.RATINGS_FILE),
                FileEntry.of(chart, RatingChart.FILE_NAME),
                FileEntry.of(html, HtmlReport.FILE_NAME), FileEntry.of(markdown, MarkdownReport.FILE_NAME),
                FileEntry.of(verdictJson, Verdict.FILE_NAME));
        Manifest.of(Stage.REPORT, inputs, context, summary.counts(), outputs).writeTo(outDir);
        return summary;
    }

    /** @return the training cap of the rated models: the highest when several series differ (the strictest test) */
    private static OptionalInt cap(List<RatingRow> ratings) {
        return ratings.stream().map(r -> r.group().cap()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max();
    }
}
