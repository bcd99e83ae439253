package dev.transcend.core.ratings;

import java.util.Locale;

/**
 * What kind of answer an {@link EloEstimate} is; written to {@code ratings.csv} as {@code elo_bound}.
 */
public enum EloBound {
    /** A finite maximum-likelihood Elo with a two-sided 95% profile-likelihood interval. */
    NONE,
    /** A 100% score: no finite maximum exists, only a one-sided 95% lower bound. */
    LOWER,
    /** A 0% score: no finite maximum exists, only a one-sided 95% upper bound. */
    UPPER;

    /** @return the CSV spelling: {@code none}, {@code lower} or {@code upper} */
    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text a CSV cell
     * @return the bound it names
     * @throws IllegalArgumentException if it names none of {@code none}, {@code lower}, {@code upper}
     */
    public static EloBound fromCsv(String text) {
        for (EloBound b : values()) {
            if (b.csv().equals(text)) {
                return b;
            }
        }
        throw new IllegalArgumentException("elo_bound must be one of none, lower, upper; got '" + text + "'");
    }
}
