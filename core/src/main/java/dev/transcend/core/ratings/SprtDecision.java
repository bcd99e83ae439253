package dev.transcend.core.ratings;

import java.util.Locale;

/**
 * What a sequential probability ratio test ({@link Sprt}) says after the games so far; written to {@code ratings.csv}
 * as {@code sprt_decision}.
 */
public enum SprtDecision {
    /** The log-likelihood ratio lies between the bounds: more games are needed. */
    CONTINUE,
    /** The log-likelihood ratio reached the upper bound: the rating is above the threshold (H1). */
    ACCEPT_H1,
    /** The log-likelihood ratio reached the lower bound: the rating is not above the threshold (H0). */
    ACCEPT_H0;

    /** @return the CSV spelling: {@code continue}, {@code accept_h1} or {@code accept_h0} */
    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the test has stopped (H0 or H1 accepted) */
    public boolean decided() {
        return this != CONTINUE;
    }

    /**
     * @param text a CSV cell
     * @return the decision it names
     * @throws IllegalArgumentException if it names none of {@code continue}, {@code accept_h1}, {@code accept_h0}
     */
    public static SprtDecision fromCsv(String text) {
        for (SprtDecision d : values()) {
            if (d.csv().equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("sprt_decision must be one of continue, accept_h1, accept_h0; got '"
                + text + "'");
    }
}
