package dev.transcend.dataprep.analysis;

import java.util.List;

/**
 * Settings of the diversity analysis ({@code transcend analyze diversity}).
 *
 * @param caps rating caps C in Elo points: a game counts for every cap with {@code max(WhiteElo, BlackElo) <= C}
 * @param plies the moves counted per game: those of plies 1..plies, each from the position before it (the
 *              paper's code counts the moves at 0-based ply indices 0..16, i.e. {@code plies = 17})
 * @param minCount a position is common when seen (with a move played from it) at least this many times; the
 *                 paper's code keeps counts above 100, i.e. {@code minCount = 101}
 * @param key how positions are told apart
 * @param dedupe drop repeated games as {@code prepare} does (same game id, else same moves and ratings)
 * @param games use a seeded uniform random sample of this many games per cap (reservoir sampling), so that caps
 *              are compared on equally many games as in the paper (500k each); 0: every game. A cap with fewer
 *              games uses them all
 * @param resamples bootstrap resamples of the common positions for the 95% interval of the mean (0: none)
 * @param seed seed of the bootstrap
 */
public record DiversitySettings(List<Integer> caps, int plies, long minCount, PositionKey key, boolean dedupe,
                                int games, int resamples, long seed) {

    /** Plies counted by default: the 16 (the paper's code: 17). */
    public static final int DEFAULT_PLIES = 16;
    /** The paper's threshold: counts above 100. */
    public static final long DEFAULT_MIN_COUNT = 101;
    /** Bootstrap resamples by default. */
    public static final int DEFAULT_RESAMPLES = 2000;

    /** @throws IllegalArgumentException naming the bad value */
    public DiversitySettings {
        caps = caps.stream().distinct().sorted().toList();
        if (caps.isEmpty()) {
            throw new IllegalArgumentException("give at least one cap");
        }
        for (int cap : caps) {
            if (cap < 1 || cap > 4000) {
                throw new IllegalArgumentException("cap " + cap + " is outside 1..4000");
            }
        }
        if (plies < 1 || plies > 200) {
            throw new IllegalArgumentException("plies " + plies + " is outside 1..200");
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("min-count " + minCount + " must be at least 1");
        }
        if (games < 0) {
            throw new IllegalArgumentException("games " + games + " must be at least 0 (0: every game)");
        }
        if (resamples < 0 || resamples > 100_000) {
            throw new IllegalArgumentException("resamples " + resamples + " is outside 0..100000");
        }
    }

    /** @return the defaults for {@code caps} */
    public static DiversitySettings withCaps(List<Integer> caps) {
        return new DiversitySettings(caps, DEFAULT_PLIES, DEFAULT_MIN_COUNT, PositionKey.POSITION, true, 0,
                DEFAULT_RESAMPLES, 0);
    }

    /** @return the highest cap */
    public int maxCap() {
        return caps.get(caps.size() - 1);
    }
}
