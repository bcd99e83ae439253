package dev.transcend.model.train;

import dev.transcend.core.chess.Position;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.training.TrainingDiagnostics;
import dev.transcend.model.gpt.Gpt;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Measures what the model learned on the validation set ({@link TrainingDiagnostics}, written as
 * {@code diagnostics.json}): its loss, the loss of the training data's move frequencies (unigram), top-1 agreement
 * with the data, and the share of argmax moves that are legal, found by replaying each validation game with core's
 * {@link Position}. Forward passes only: weights, RNG streams and training numerics are untouched.
 *
 * <p>The unigram model gives each move token its count in the training split plus one (Laplace smoothing over
 * {@link Encoding#moveTokens()}, so a move never seen in training costs a finite loss); its loss is the mean of
 * {@code -ln p(move)} over the same validation positions as the model's. For an encoding that scores candidate moves
 * only ({@code Encoding.scoresCandidatesOnly()}), the model's loss, the unigram baseline (renormalized over the
 * candidates) and top-1 are all taken over the position's candidate moves, as the model is trained and played.
 */
final class TrainDiagnostics {

    private TrainDiagnostics() {
    }

    /**
     * @param sd the training graph, weights as they are now
     * @param batches the validation batches (the same positions as the validation loss)
     * @param train the training split, for the move frequencies
     * @param step the optimizer step reached
     * @return the diagnostics over every real (unmasked) target of {@code batches}
     */
    static TrainingDiagnostics measure(SameDiff sd, List<Batch> batches, GameSet train, int step) {
        Encoding encoding = train.encoding();
        BitSet moveTokens = encoding.moveTokens();
        double[] unigramLogP = unigramLogProbabilities(train, moveTokens);
        double modelLoss = 0, unigramLoss = 0;
        long positions = 0, agree = 0, legal = 0;
        boolean candidatesOnly = encoding.scoresCandidatesOnly();
        for (Batch batch : batches) {
            float[][] logits = logits(sd, batch).castTo(DataType.FLOAT).toFloatMatrix(); // [B*T, V]
            float[][] candidates = candidatesOnly ? batch.candidates().toFloatMatrix() : null; // [B*T, V]
            int rows = (int) batch.targets().size(0);
            int time = (int) batch.targets().size(1);
            int[] targets = batch.targets().castTo(DataType.INT32).dup().data().asInt();   // [B*T]
            float[] mask = batch.mask().castTo(DataType.FLOAT).dup().data().asFloat();     // [B*T]
            for (int b = 0; b < rows; b++) {
                Position position = Position.start();
                boolean replayable = true;
                for (int t = 0; t < time && mask[b * time + t] > 0; t++) {
                    int i = b * time + t;
                    int target = targets[i];
                    float[] row = logits[i];
                    BitSet choices = moveTokens;
                    if (candidatesOnly) {
                        // the model scores candidate moves only: its loss, the baseline and top-1 are over them
                        row = row.clone();
                        choices = new BitSet(row.length);
                        for (int id = 0; id < row.length; id++) {
                            row[id] += candidates[i][id];
                            if (candidates[i][id] == 0f && moveTokens.get(id)) {
                                choices.set(id);
                            }
                        }
                    }
                    modelLoss += logSumExp(row) - row[target];
                    unigramLoss -= unigramLogP[target] - (candidatesOnly ? logSumExp(unigramLogP, choices) : 0);
                    int best = argmax(row, choices);
                    agree += best == target ? 1 : 0;
                    if (replayable) {
                        Optional<String> move = encoding.decode(best);
                        legal += move.isPresent() && position.isLegal(move.get()) ? 1 : 0;
                        Optional<String> played = encoding.decode(target);
                        if (played.isPresent() && position.isLegal(played.get())) {
                            position.play(played.get());
                        } else {
                            replayable = false; // cannot happen for prepared data; count the rest as not legal
                        }
                    }
                    positions++;
                }
            }
        }
        if (positions == 0) {
            throw new IllegalArgumentException("no validation positions to measure");
        }
        return new TrainingDiagnostics(step, modelLoss / positions, unigramLoss / positions,
                (double) agree / positions, (double) legal / positions, positions);
    }

    /**
     * The one forward pass of the diagnostics: the batch's logits for every position. A board input joins the
     * feed here (through {@link Batch#placeholders()}).
     *
     * @return logits {@code [B*T, V]}
     */
    static INDArray logits(SameDiff sd, Batch batch) {
        return sd.output(batch.placeholders(), Gpt.LOGITS).get(Gpt.LOGITS);
    }

    /** @return ln p(token) of the smoothed unigram model over move tokens; -infinity for other tokens */
    private static double[] unigramLogProbabilities(GameSet train, BitSet moveTokens) {
        int vocabulary = train.encoding().vocabularySize();
        long[] counts = new long[vocabulary];
        int[] moves = new int[64];
        for (int g = 0; g < train.size(); g++) {
            int plies = train.plies(g);
            if (moves.length < plies) {
                moves = new int[plies];
            }
            int n = train.copyMoves(g, moves, plies);
            for (int t = 0; t < n; t++) {
                counts[moves[t]]++;
            }
        }
        double total = 0;
        for (int id = moveTokens.nextSetBit(0); id >= 0; id = moveTokens.nextSetBit(id + 1)) {
            total += counts[id] + 1;
        }
        double[] logP = new double[vocabulary];
        for (int id = 0; id < vocabulary; id++) {
            logP[id] = moveTokens.get(id) ? Math.log((counts[id] + 1) / total) : Double.NEGATIVE_INFINITY;
        }
        return logP;
    }

    private static double logSumExp(float[] row) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : row) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : row) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    /** ln of the sum of exp(logP[id]) over {@code ids}. */
    private static double logSumExp(double[] logP, BitSet ids) {
        double max = Double.NEGATIVE_INFINITY;
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            max = Math.max(max, logP[id]);
        }
        double sum = 0;
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            sum += Math.exp(logP[id] - max);
        }
        return max + Math.log(sum);
    }

    private static int argmax(float[] row, BitSet candidates) {
        int best = -1;
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            if (best < 0 || row[id] > row[best]) {
                best = id;
            }
        }
        return best;
    }
}
