package dev.transcend.dataprep.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap of a mean (Efron and Tibshirani 1993, ch. 13): resample the values with replacement,
 * take each resample's mean, and report the 2.5% and 97.5% quantiles of those means. Over common positions it says
 * how much the mean depends on which positions happened to be common; it leaves out the noise of each position's
 * own entropy estimate, so it is a lower bound on the full uncertainty.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * @param values the sample, at least two values
     * @param resamples number of resamples, at least 1
     * @param seed the generator's seed (the same inputs and seed give the same interval)
     * @return {low, high}: the 95% percentile interval of the mean
     */
    public static double[] meanInterval95(double[] values, int resamples, long seed) {
        if (values.length < 2 || resamples < 1) {
            throw new IllegalArgumentException("need at least two values and one resample");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[] {quantile(means, 0.025), quantile(means, 0.975)};
    }

    /** @return the {@code q} quantile of sorted {@code x}, linear between order statistics */
    static double quantile(double[] x, double q) {
        double h = (x.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }
}
