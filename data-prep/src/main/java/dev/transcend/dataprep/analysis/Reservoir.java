package dev.transcend.dataprep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform random sample of fixed size from a stream of unknown length (reservoir sampling, Vitter's Algorithm R,
 * ACM TOMS 11(1), 1985): the i-th item offered (1-based) replaces a random slot with probability size / i. The
 * same stream and seed give the same sample. Not thread-safe.
 *
 * @param <T> the items
 */
public final class Reservoir<T> {

    private final int size;
    private final SplittableRandom random;
    private final List<T> items;
    private long offered;

    /**
     * @param size items kept, at least 1
     * @param seed the generator's seed
     */
    public Reservoir(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.items = new ArrayList<>(Math.min(size, 1 << 16));
    }

    /** Offers one item of the stream. */
    public void offer(T item) {
        offered++;
        if (items.size() < size) {
            items.add(item);
            return;
        }
        long slot = random.nextLong(offered);
        if (slot < size) {
            items.set((int) slot, item);
        }
    }

    /** @return the sample: every item when fewer than the size were offered, else the size of them */
    public List<T> items() {
        return List.copyOf(items);
    }

    /** @return items offered so far */
    public long offered() {
        return offered;
    }
}
