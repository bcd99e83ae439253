package dev.transcend.core.dataset;

import dev.transcend.core.Seeds;

/** The two parts of a prepared dataset. */
public enum Split {
    TRAIN("train"),
    VALIDATION("validation");

    private final String prefix;

    Split(String prefix) {
        this.prefix = prefix;
    }

    /** @return the shard file-name prefix, e.g. {@code train} for {@code train-00000.shard} */
    public String prefix() {
        return prefix;
    }

    /** @return the shard file name of shard {@code index}, e.g. {@code validation-00003.shard} */
    public String shardName(int index) {
        return String.format("%s-%05d.shard", prefix, index);
    }

    /**
     * Assigns a game to a split from its moves alone, so the assignment does not depend on input
     * order, file boundaries or ratings: a game and its duplicates (in other sources or on a re-run)
     * always land in the same split, and validation never sees a training game's exact moves.
     *
     * @param movesKey the game's {@link dev.transcend.dataprep.filter.Duplicates#movesKey}
     * @param seed the split seed
     * @param validationFraction probability of {@link #VALIDATION}, 0..1
     * @return the split
     */
    public static Split of(long movesKey, long seed, double validationFraction) {
        double u = (Seeds.derive(seed, "split", movesKey) >>> 11) * 0x1.0p-53; // uniform in [0, 1)
        return u < validationFraction ? VALIDATION : TRAIN;
    }
}
