package dev.transcend.model.train;

import dev.transcend.model.gpt.Gpt;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A fixed set of validation games, the same at every evaluation and in every run on the same data
 * (evenly spaced through the validation split, independent of the seed), so validation losses are
 * comparable across steps, resumes and runs.
 */
final class ValidationSet {

    private final List<Batch> batches;
    private final long targetTokens;

    /**
     * @param games the validation split
     * @param batches number of batches wanted
     * @param batchSize games per batch
     * @param contextLength the model's context length in tokens
     */
    ValidationSet(GameSet games, int batches, int batchSize, int contextLength) {
        int n = (int) Math.min(games.size(), (long) batches * batchSize);
        if (n == 0) { // TrainingData.open refuses such a dataset with a message naming it
            throw new IllegalArgumentException("no validation games with at least one move");
        }
        Integer[] ids = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) ((long) i * games.size() / n);
        }
        Arrays.sort(ids, Comparator.<Integer>comparingInt(id -> Math.min(contextLength, games.plies(id)))
                .thenComparingInt(id -> id));
        this.batches = new ArrayList<>();
        long tokens = 0;
        for (int from = 0; from < n; from += batchSize) {
            int[] chunk = Arrays.stream(ids, from, Math.min(n, from + batchSize)).mapToInt(Integer::intValue).toArray();
            Batch batch = Batch.of(games, chunk, contextLength);
            this.batches.add(batch);
            tokens += batch.targetTokens();
        }
        this.targetTokens = tokens;
    }

    /** @return mean cross-entropy in nats per target move over the whole set */
    double loss(SameDiff model) {
        double sum = 0;
        for (Batch batch : batches) {
            double mean = model.output(batch.placeholders(), Gpt.LOSS).get(Gpt.LOSS).getDouble(0);
            sum += mean * batch.targetTokens();
        }
        return sum / targetTokens;
    }

    /** @return the batches, in evaluation order (the positions {@link TrainDiagnostics} measures) */
    List<Batch> batches() {
        return batches;
    }

    /** @return number of target moves in the set */
    long targetTokens() {
        return targetTokens;
    }
}
