package dev.transcend.dataprep.analysis;

/**
 * The paper's diversity measure of one position (Zhang et al. 2024, dataset-diversity analysis; their code's
 * {@code entropy(dictionary, normalize=True)} in {@code analysis/dataset/plot_dataset.py}): with n_m the times move m
 * was played there and n their sum, H = -sum_m (n_m/n) log2(n_m/n) bits, divided by log2(k) for the k distinct moves
 * played, so 0 means one move always, 1 means k moves equally often. A position with k = 1 has normalized entropy 0
 * (the paper's code leaves H = 0 undivided and keeps the position in the mean).
 */
public final class NormalizedEntropy {

    private NormalizedEntropy() {
    }

    /**
     * @param counts n_m of each distinct move, all positive
     * @return the Shannon entropy of the move frequencies, bits
     */
    public static double bits(long[] counts) {
        long n = 0;
        for (long c : counts) {
            if (c <= 0) {
                throw new IllegalArgumentException("counts must be positive, got " + c);
            }
            n += c;
        }
        double h = 0;
        for (long c : counts) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return Math.max(0, h / Math.log(2)); // -0.0 and rounding below 0 for k = 1
    }

    /**
     * @param counts n_m of each distinct move, all positive, at least one
     * @return {@link #bits} / log2(k), 0..1; 0 when k = 1
     */
    public static double of(long[] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("no moves");
        }
        if (counts.length == 1) {
            return 0;
        }
        return Math.min(1, bits(counts) * Math.log(2) / Math.log(counts.length));
    }
}
