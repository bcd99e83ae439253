package dev.transcend.reports.ablation;

import dev.transcend.reports.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of the ablation's verdict table, derived from an {@link ArmOutcome}: the best expert and the base policy
 * on the arm's ladder, and the model at the arm's lowest and highest temperature. Ratings are maximum-likelihood Elo
 * with 95% intervals on the arm's own ladder.
 *
 * @param arm         the arm's name
 * @param description what differs
 * @param bestExpert  e.g. {@code expert-r50-a 574}, or empty
 * @param basePolicy  e.g. {@code base-sf-d1 1367}, or empty
 * @param lowest      the model at its lowest temperature, e.g. {@code 0.001: 659 [594, 724]}
 * @param highest     at its highest temperature
 * @param transcends  {@code yes}, {@code no} or {@code failed}
 * @param prediction  the theory's prediction id
 * @param agrees      {@code yes}, {@code no} or empty (no prediction or no verdict)
 */
public record ArmRow(String arm, String description, String bestExpert, String basePolicy, String lowest,
                     String highest, String transcends, String prediction, String agrees) {

    /** Column names, in the order of {@link #cells()}. */
    public static final List<String> HEADER = List.of("arm", "what differs", "best expert in data", "base policy",
            "model at lowest temperature", "model at highest temperature", "transcends", "theory predicts", "agrees");

    /** Column names of {@code verdicts.csv}, for scripts, in the order of {@link #cells()}. */
    public static final List<String> CSV_HEADER = List.of("arm", "description", "best_expert", "base_policy",
            "lowest_temperature", "highest_temperature", "transcends", "prediction", "agrees");

    /** @return the row for an arm */
    public static ArmRow of(ArmOutcome outcome) {
        Verdict v = outcome.verdict();
        if (v == null) {
            return new ArmRow(outcome.arm(), outcome.description(), "", "", "", "", "failed",
                    outcome.prediction().id(), "");
        }
        Optional<Verdict.Entry> low = v.temperatures().stream().min(Comparator.comparingDouble(Verdict.Entry::temperature));
        Optional<Verdict.Entry> high = v.temperatures().stream().max(Comparator.comparingDouble(Verdict.Entry::temperature));
        return new ArmRow(outcome.arm(), outcome.description(), reference(v.bestExpert()), reference(v.basePolicy()),
                low.map(ArmRow::entry).orElse(""), high.map(ArmRow::entry).orElse(""),
                v.transcends() ? "yes" : "no", outcome.prediction().id(),
                outcome.prediction().agrees(v.transcends()).map(a -> a ? "yes" : "no").orElse(""));
    }

    /** @return the cells, in the order of {@link #HEADER} */
    public List<String> cells() {
        return List.of(arm, description, bestExpert, basePolicy, lowest, highest, transcends, prediction, agrees);
    }

    private static String reference(Verdict.Reference r) {
        return r == null ? "" : String.format(Locale.ROOT, "%s %.0f%s", r.name(), r.rating(), r.assumed() ? " (assumed)" : "");
    }

    /** @return e.g. {@code 0.001: 659 [594, 724]}, {@code 0.001: >= 1200 (all won)} or {@code 1.0: <= 100 (all lost)} */
    static String entry(Verdict.Entry e) {
        String t = trim(e.temperature()) + ": ";
        if (e.rating() == null) {
            return t + (e.low95() != null ? String.format(Locale.ROOT, ">= %.0f (all won)", e.low95())
                    : String.format(Locale.ROOT, "<= %.0f (all lost)", e.high95()));
        }
        return t + String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", e.rating(), e.low95(), e.high95());
    }

    private static String trim(double temperature) {
        String s = String.format(Locale.ROOT, "%.4f", temperature).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
