package dev.transcend.reports.ablation;

import dev.transcend.reports.Verdict;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One arm of an ablation after its run: the run's {@code verdict.json} and chart, or why there are none.
 *
 * @param arm         the arm's name, e.g. {@code systematic-diverse-5}
 * @param description what differs in this arm, one line
 * @param prediction  what the theory predicts
 * @param verdict     the run's verdict, or {@code null} if the run failed
 * @param chart       the run's {@code rating_vs_temperature.png}, or {@code null}
 * @param failure     why the run has no verdict (e.g. {@code exit 4; see runs/x/logs/arm.log}), or {@code null}
 */
public record ArmOutcome(String arm, String description, Prediction prediction, Verdict verdict, Path chart,
                         String failure) {

    public ArmOutcome {
        Objects.requireNonNull(arm, "arm");
        description = description == null ? "" : description.strip();
        prediction = prediction == null ? Prediction.OPEN : prediction;
        if ((verdict == null) == (failure == null)) {
            throw new IllegalArgumentException(arm + ": exactly one of verdict and failure");
        }
    }

    /** @return an arm whose run finished with a report */
    public static ArmOutcome finished(String arm, String description, Prediction prediction, Verdict verdict,
                                      Path chart) {
        return new ArmOutcome(arm, description, prediction, verdict, chart, null);
    }

    /** @return an arm whose run did not */
    public static ArmOutcome failed(String arm, String description, Prediction prediction, String failure) {
        return new ArmOutcome(arm, description, prediction, null, null, failure);
    }
}
