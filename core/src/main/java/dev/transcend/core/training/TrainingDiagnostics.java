package dev.transcend.core.training;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.transcend.core.io.Json;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a trained model learned, measured on the validation set: the train stage writes it as
 * {@code diagnostics.json} ({@link #FILE_NAME}) in its folder; the report reads it to flag a model that learned
 * nothing. All losses are mean cross-entropies in nats per predicted move.
 *
 * @param step            the optimizer step the model had reached
 * @param validationLoss  the model's loss on the validation positions
 * @param unigramLoss     the loss of always predicting the training data's move frequencies (the unigram model),
 *                        on the same positions: a model that learned anything beyond frequencies is clearly below it
 * @param top1Agreement   share of positions where the model's most likely move token (argmax over the whole move
 *                        vocabulary) is the move the data played, 0..1
 * @param legalShare      share of positions where that argmax token is a legal move in the position, 0..1
 * @param positions       how many validation positions (predicted moves) the numbers are over
 */
@JsonIgnoreProperties(ignoreUnknown = true) // later fields must not break older readers
public record TrainingDiagnostics(long step, double validationLoss, double unigramLoss, double top1Agreement,
                                  double legalShare, long positions) {

    /** The file name inside the train stage's folder. */
    public static final String FILE_NAME = "diagnostics.json";

    /** How far below the unigram loss a model must be, in nats, before the report says it learned something. */
    public static final double LEARNED_MARGIN = 0.05;

    /** Below this legal-move share the model has not learned the rules of movement. */
    public static final double LEGAL_FLOOR = 0.5;

    /** @throws IllegalArgumentException on a negative count, a loss that is not finite, or a share outside 0..1 */
    public TrainingDiagnostics {
        if (step < 0 || positions < 0) {
            throw new IllegalArgumentException("step " + step + " and positions " + positions + " must be >= 0");
        }
        if (!Double.isFinite(validationLoss) || !Double.isFinite(unigramLoss)) {
            throw new IllegalArgumentException("losses must be finite: validation " + validationLoss + ", unigram "
                    + unigramLoss);
        }
        if (!(top1Agreement >= 0 && top1Agreement <= 1) || !(legalShare >= 0 && legalShare <= 1)) {
            throw new IllegalArgumentException("shares must be in 0..1: top-1 " + top1Agreement + ", legal "
                    + legalShare);
        }
    }

    /**
     * @return whether the model shows no sign of learning: its validation loss is not at least
     *         {@link #LEARNED_MARGIN} nats below the unigram loss, or fewer than {@link #LEGAL_FLOOR} of its top moves
     *         are legal
     */
    public boolean learnedNothing() {
        return !(validationLoss < unigramLoss - LEARNED_MARGIN) || legalShare < LEGAL_FLOOR;
    }

    /** Writes {@code diagnostics} to {@code file} as JSON, atomically. */
    public static void write(Path file, TrainingDiagnostics diagnostics) throws IOException {
        Json.write(file, diagnostics);
    }

    /**
     * @return the diagnostics in {@code file}
     * @throws IOException if the file cannot be read or is not such a record
     */
    public static TrainingDiagnostics read(Path file) throws IOException {
        return Json.read(file, TrainingDiagnostics.class);
    }
}
