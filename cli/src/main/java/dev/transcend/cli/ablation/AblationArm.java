package dev.transcend.cli.ablation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.reports.ablation.Prediction;

/**
 * One arm of an ablation: the shared experiment with a few settings changed.
 *
 * @param name        letters, digits, {@code . _ -}; the arm's run folder is {@code <ablation runDir>/<name>}
 * @param description what differs in this arm, one line for the report
 * @param prediction  what the theory predicts ({@code transcends}, {@code does-not-transcend}, {@code open});
 *                    default {@code open}
 * @param set         the settings this arm changes, in the experiment's shape (e.g.
 *                    {@code {generate: {players: [expert-pawn]}}}): objects merge key by key, lists and values
 *                    replace the shared ones
 */
public record AblationArm(String name, String description, Prediction prediction, ObjectNode set) {

    public AblationArm {
        description = description == null ? "" : description.strip();
        prediction = prediction == null ? Prediction.OPEN : prediction;
    }
}
