package dev.transcend.reports.ablation;

import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.reports.Block;
import dev.transcend.reports.HtmlReport;
import dev.transcend.reports.MarkdownReport;
import dev.transcend.reports.ReportDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report of an ablation ({@code transcend ablate}): one verdict row per arm ({@link ArmRow}), the theory's
 * prediction beside it, and each arm's rating-vs-temperature chart (with its experts' and base policy's lines).
 * Writes {@code ablation.html}, {@code ablation.md}, {@code verdicts.csv}, {@code <arm>.png} and
 * {@code manifest.json} into the output folder, each atomically.
 */
public final class AblationReport {

    public static final String HTML = "ablation.html";
    public static final String MARKDOWN = "ablation.md";
    public static final String VERDICTS_CSV = "verdicts.csv";

    private AblationReport() {
    }

    /**
     * @param title       the ablation's name
     * @param description what it tests
     * @param arms        the arms in config order
     * @param settings    recorded in the manifest (the ablation config)
     * @param outDir      created if missing
     * @return the HTML file
     * @throws IOException if a chart cannot be copied or a file written
     */
    public static Path write(String title, String description, List<ArmOutcome> arms, Object settings, Path outDir)
            throws IOException {
        Files.createDirectories(outDir);
        List<FileEntry> inputs = new ArrayList<>();
        List<FileEntry> outputs = new ArrayList<>();
        for (ArmOutcome arm : arms) {
            Path copy = outDir.resolve(chartName(arm));
            if (arm.chart() != null && Files.isRegularFile(arm.chart())) {
                AtomicFiles.write(copy, out -> Files.copy(arm.chart(), out));
                inputs.add(FileEntry.of(arm.chart()));
                outputs.add(FileEntry.of(copy, copy.getFileName().toString()));
            } else {
                Files.deleteIfExists(copy); // an earlier run's chart would pass for this run's
            }
        }
        ReportDocument document = document(title, description, arms, outDir, ConfigFiles.toYaml(settings));
        Path html = outDir.resolve(HTML);
        AtomicFiles.writeString(html, HtmlReport.render(document));
        Path markdown = outDir.resolve(MARKDOWN);
        AtomicFiles.writeString(markdown, MarkdownReport.render(document));
        Path csv = outDir.resolve(VERDICTS_CSV);
        AtomicFiles.writeString(csv, csv(arms));
        outputs.add(FileEntry.of(html, HTML));
        outputs.add(FileEntry.of(markdown, MARKDOWN));
        outputs.add(FileEntry.of(csv, VERDICTS_CSV));
        long agreeing = arms.stream().map(ArmRow::of).filter(r -> r.agrees().equals("yes")).count();
        Manifest.of(Stage.REPORT, inputs, settings, Map.of("arms", arms.size(), "agreeing", agreeing,
                "failed", arms.stream().filter(a -> a.verdict() == null).count()), outputs).writeTo(outDir);
        return html;
    }

    /** @return the document: headline, verdict table, then one chart per arm */
    static ReportDocument document(String title, String description, List<ArmOutcome> arms, Path outDir,
                                   String settingsYaml) {
        List<ArmRow> rows = arms.stream().map(ArmRow::of).toList();
        List<Block> blocks = new ArrayList<>();
        long predicted = rows.stream().filter(r -> !r.agrees().isEmpty()).count();
        long agreeing = rows.stream().filter(r -> r.agrees().equals("yes")).count();
        long failed = rows.stream().filter(r -> r.transcends().equals("failed")).count();
        blocks.add(new Block.Callout(failed > 0 ? Block.Tone.WARNING : Block.Tone.NOTE, "Result",
                agreeing + " of " + predicted + " arms with a prediction agree with the theory"
                        + (failed > 0 ? "; " + failed + " arm(s) failed (see the table)" : "") + "."));
        if (!description.isBlank()) {
            blocks.add(new Block.Paragraph(description.strip()));
        }
        blocks.add(new Block.Heading(2, "Verdicts"));
        List<Block.Column> columns = ArmRow.HEADER.stream().map(h -> new Block.Column(h, false)).toList();
        blocks.add(new Block.Table(columns, rows.stream().map(ArmRow::cells).toList()));
        blocks.add(new Block.Paragraph("An arm transcends when the lower end of the model's 95% interval (maximum-"
                + "likelihood Elo) at some temperature is above the best expert in its training data. Each arm rates"
                + " its own panel, base policy and opponents in its own round robin (anchored at the random mover ="
                + " 0), so ratings compare across arms only roughly; within an arm they are on one scale. Several"
                + " temperatures are several tries: with three, an arm whose model equals its best expert would clear"
                + " it at one of them by chance about 7% of the time (2.5% each), so a 'yes' from one temperature alone"
                + " is weaker evidence than its interval suggests."));
        blocks.add(new Block.Heading(2, "Rating vs temperature, per arm"));
        for (ArmOutcome arm : arms) {
            blocks.add(new Block.Heading(3, arm.arm()));
            if (!arm.description().isBlank()) {
                blocks.add(new Block.Paragraph(arm.description()));
            }
            if (arm.failure() != null) {
                blocks.add(new Block.Callout(Block.Tone.WARNING, "No result", arm.failure()));
            } else if (arm.chart() != null && Files.isRegularFile(outDir.resolve(chartName(arm)))) {
                blocks.add(new Block.Image(chartName(arm), arm.arm() + ": model rating vs temperature"));
            }
        }
        blocks.add(new Block.Heading(2, "Settings"));
        blocks.add(new Block.Preformatted(settingsYaml));
        return new ReportDocument(title, blocks);
    }

    private static String chartName(ArmOutcome arm) {
        return arm.arm() + ".png";
    }

    private static String csv(List<ArmOutcome> arms) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(ArmRow.CSV_HEADER.toArray(String[]::new)).setRecordSeparator("\n").build())) {
            for (ArmOutcome arm : arms) {
                csv.printRecord(ArmRow.of(arm).cells());
            }
        }
        return text.toString();
    }
}
