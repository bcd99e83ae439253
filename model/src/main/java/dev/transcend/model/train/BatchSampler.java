package dev.transcend.model.train;

import dev.transcend.core.Seeds;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws the training batch of any step from the step number alone (a stateless per-step random
 * generator, {@code Seeds.derive(seed, "batch", group)}), so a resumed run draws exactly the batches
 * an uninterrupted one would, without saving any random state.
 *
 * <p>Games are drawn uniformly with replacement. To waste less compute on padding, the games of
 * {@link #GROUP} consecutive steps are drawn together, sorted by length and cut into batches of
 * similar length, which are then used in a random order: every game is still equally likely at
 * every step, and on games of 40-50 plies this roughly doubles the share of real tokens per batch
 * (measured 0.44 -> 0.82 for 16 games per batch on real low-rated Lichess games).
 */
final class BatchSampler {

    /** Steps whose games are drawn and length-sorted together. */
    static final int GROUP = 8;

    private final GameSet games;
    private final int batchSize;
    private final int contextLength;
    private final long seed;

    BatchSampler(GameSet games, int batchSize, int contextLength, long seed) {
        if (games.size() == 0) {
            throw new IllegalArgumentException("no training games with at least one move");
        }
        this.games = games;
        this.batchSize = batchSize;
        this.contextLength = contextLength;
        this.seed = seed;
    }

    /** @return the batch of optimizer step {@code step} (0-based) */
    Batch batch(long step) {
        long group = step / GROUP;
        SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, "batch", group));
        Integer[] drawn = new Integer[GROUP * batchSize];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = rng.nextInt(games.size());
        }
        Arrays.sort(drawn, Comparator.<Integer>comparingInt(id -> Math.min(contextLength, games.plies(id)))
                .thenComparingInt(id -> id));
        int[] order = IntStream.range(0, GROUP).toArray();
        for (int i = GROUP - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int chunk = order[(int) (step % GROUP)];
        int[] ids = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            ids[b] = drawn[chunk * batchSize + b];
        }
        return Batch.of(games, ids, contextLength);
    }
}
