package dev.transcend.core;

/**
 * Derives independent, reproducible seeds from one run seed (SplitMix64 mixing), so that e.g. game
 * 57 of a sweep can be replayed alone: {@code Seeds.derive(runSeed, "play", 57)}.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * @param seed the run's seed
     * @param purpose what the seed is for, e.g. {@code "split"}, {@code "train"}, {@code "game"}
     * @param index which one, e.g. a game number
     * @return a well-mixed 64-bit seed; different purposes or indices give unrelated seeds
     */
    public static long derive(long seed, String purpose, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < purpose.length(); i++) {
            h = mix(h ^ purpose.charAt(i));
        }
        return mix(h ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /** SplitMix64 finalizer (Steele, Lea and Flood, 2014). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
