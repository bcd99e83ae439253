package dev.transcend.reports;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.RatingRow;

/**
 * Where a rating's 95% interval lies relative to the model's training cap. The paper's test of transcendence is a
 * Glicko-2 rating above the cap (Zhang et al., 2024, sec. 4); here the whole interval must clear it.
 */
public enum CapComparison {
    /** The Glicko-2 95% interval lies entirely above the cap. */
    ABOVE("above cap"),
    /** The interval contains the cap: the run cannot tell. */
    OVERLAPS("overlaps cap"),
    /** The interval lies entirely below the cap. */
    BELOW("below cap"),
    /** The model was trained without a cap. */
    NO_CAP("no cap");

    private final String text;

    CapComparison(String text) {
        this.text = text;
    }

    /** @return the table cell text, e.g. {@code "above cap"} */
    public String text() {
        return text;
    }

    /** @return the comparison of {@code row}'s Glicko-2 interval (rating +/- 1.96 RD) with its cap */
    public static CapComparison ofGlicko(RatingRow row) {
        if (row.group().cap().isEmpty()) {
            return NO_CAP;
        }
        int cap = row.group().cap().getAsInt();
        if (row.glicko().low95() > cap) {
            return ABOVE;
        }
        return row.glicko().high95() < cap ? BELOW : OVERLAPS;
    }

    /**
     * @param elo a maximum-likelihood Elo statement
     * @param level a rating on the same scale, e.g. the best expert's
     * @return {@link #ABOVE} when the interval's lower end (or lower bound) exceeds {@code level}, {@link #BELOW}
     *         when its upper end (or upper bound) is under it, else {@link #OVERLAPS}; the texts name the cap, so
     *         callers that compare with another level use {@link #versus(String)}
     */
    public static CapComparison ofElo(EloEstimate elo, double level) {
        if (elo.entirelyAbove(level)) {
            return ABOVE;
        }
        return elo.high95().isPresent() && elo.high95().getAsDouble() < level ? BELOW : OVERLAPS;
    }

    /** @return e.g. {@code "above expert-3"} for {@link #ABOVE} and {@code "expert-3"} */
    public String versus(String what) {
        return text.replace("cap", what);
    }
}
