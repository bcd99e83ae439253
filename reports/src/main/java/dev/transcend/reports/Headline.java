package dev.transcend.reports;

import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.training.TrainingDiagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.transcend.reports.Block.Column.number;
import static dev.transcend.reports.Block.Column.text;

/**
 * The first thing the report says: per temperature, the model against the best expert in its training data on the
 * same scale (and against the cap and the base policy), then "transcends: yes/no" with the numbers, the scale the
 * numbers are on, and whether the model learned anything (training diagnostics).
 */
final class Headline {

    private Headline() {
    }

    /**
     * @param ratings the rows of {@code ratings.csv}, in reading order
     * @param verdict the verdict on them
     * @param evidence the run's ladder, players and diagnostics
     * @return the headline's blocks
     */
    static List<Block> of(List<RatingRow> ratings, Verdict verdict, RunEvidence evidence) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Verdict"));
        blocks.add(answer(ratings, verdict));
        if (!ratings.isEmpty()) {
            blocks.add(table(ratings, verdict));
        }
        RatingScale scale = evidence.scale();
        blocks.add(new Block.Callout(scale == RatingScale.LADDER ? Block.Tone.NOTE : Block.Tone.WARNING,
                "Rating scale: " + scale.id(), scale.caveat()));
        blocks.addAll(diagnostics(evidence.diagnostics()));
        return blocks;
    }

    private static Block answer(List<RatingRow> ratings, Verdict verdict) {
        Verdict.Reference best = verdict.bestExpert();
        if (best == null) {
            return new Block.Callout(Block.Tone.WARNING, "Transcends: unknown",
                    "Neither a ladder, nor the prepare stage's players.csv, nor a cap names the best expert in the"
                            + " training data, so there is nothing to compare the model with.");
        }
        String expert = reference(best);
        List<String> above = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (verdict.temperatures().get(i).aboveBestExpert()) {
                RatingRow r = ratings.get(i);
                above.add((above.isEmpty() ? "At" : "at") + " temperature " + r.group().temperatureText() + " the model's maximum-likelihood Elo is "
                        + CellFormat.elo(r.elo()));
            }
        }
        if (verdict.transcends()) {
            return new Block.Callout(Block.Tone.NOTE, "Transcends: yes",
                    String.join("; ", above) + ": the lower end of the 95% interval lies above the best expert in"
                            + " the training data, " + expert + "." + multiple(ratings.size()));
        }
        String closest = ratings.stream().filter(r -> r.elo().low95().isPresent() || r.elo().high95().isPresent())
                .max((a, b) -> Double.compare(upper(a), upper(b)))
                .map(r -> " Highest: temperature " + r.group().temperatureText() + ", " + CellFormat.elo(r.elo())
                        + ".").orElse("");
        return new Block.Callout(Block.Tone.NOTE, "Transcends: no",
                "At no temperature does the lower end of the model's 95% interval lie above the best expert in the"
                        + " training data, " + expert + "." + closest);
    }

    private static double upper(RatingRow r) {
        return r.elo().high95().isPresent() ? r.elo().high95().getAsDouble() : Double.POSITIVE_INFINITY;
    }

    private static String multiple(int temperatures) {
        return temperatures > 1 ? " " + temperatures + " temperatures were tested; if the model truly played at the"
                + " expert's level, each interval would clear it by chance about 2.5% of the time." : "";
    }

    private static String reference(Verdict.Reference r) {
        return r.name() + " (" + CellFormat.rating(r.rating()) + (r.assumed() ? ", assumed" : ", ladder") + ")";
    }

    private static Block.Table table(List<RatingRow> ratings, Verdict verdict) {
        Verdict.Reference best = verdict.bestExpert();
        Verdict.Reference base = verdict.basePolicy();
        List<List<String>> rows = new ArrayList<>();
        for (RatingRow r : ratings) {
            String vsExpert = best == null ? "-" : CapComparison.ofElo(r.elo(), best.rating()).versus(best.name());
            String vsBase = base == null ? "-" : CapComparison.ofElo(r.elo(), base.rating()).versus(base.name());
            String vsCap = r.group().cap().isEmpty() ? "no cap"
                    : CapComparison.ofElo(r.elo(), r.group().cap().getAsInt()).versus("cap "
                    + r.group().cap().getAsInt());
            rows.add(List.of(r.group().temperatureText(), r.group().model(), Integer.toString(r.tally().games()),
                    CellFormat.elo(r.elo()), vsExpert, vsCap, vsBase));
        }
        return new Block.Table(List.of(number("Temperature"), text("Model"), number("Games"),
                number("Model: max-likelihood Elo [95%]"),
                text("vs best expert" + (best == null ? "" : " " + reference(best))),
                text("vs cap"),
                text("vs base policy" + (base == null ? " (no ladder)" : " " + reference(base)))), rows);
    }

    private static List<Block> diagnostics(Optional<TrainingDiagnostics> diagnostics) {
        if (diagnostics.isEmpty()) {
            return List.of(new Block.Paragraph("Training diagnostics: no diagnostics.json was found for this run,"
                    + " so whether the model learned more than move frequencies is not shown."));
        }
        TrainingDiagnostics d = diagnostics.get();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, "Training diagnostics"));
        blocks.add(new Block.Table(List.of(text("Measure (validation set)"), number("Value")), List.of(
                List.of("model's validation loss (nats per move)", f3(d.validationLoss())),
                List.of("loss of always predicting the data's move frequencies (unigram)", f3(d.unigramLoss())),
                List.of("top-1 agreement with the data's move", CellFormat.percent(d.top1Agreement())),
                List.of("legal-move share of the model's top move", CellFormat.percent(d.legalShare())),
                List.of("positions", String.format(Locale.ROOT, "%,d", d.positions())),
                List.of("step", Integer.toString((int) d.step())))));
        if (d.learnedNothing()) {
            blocks.add(new Block.Callout(Block.Tone.WARNING, "The model learned little or nothing",
                    "Its validation loss " + f3(d.validationLoss()) + " is "
                            + (d.validationLoss() < d.unigramLoss() - TrainingDiagnostics.LEARNED_MARGIN
                            ? "below" : "not clearly below") + " the unigram loss " + f3(d.unigramLoss())
                            + " and " + CellFormat.percent(d.legalShare()) + " of its top moves are legal (at least "
                            + CellFormat.percent(TrainingDiagnostics.LEGAL_FLOOR) + " expected of a model that knows"
                            + " how the pieces move). Its games say more about sampling among legal moves than about"
                            + " what it learned."));
        }
        return blocks;
    }

    private static String f3(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
