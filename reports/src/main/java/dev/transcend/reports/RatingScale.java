package dev.transcend.reports;

/**
 * Which scale a run's numbers are on, so the report's warning matches the run (issue 7, item 6): the cap, the
 * experts, the opponents and the model are comparable only when they share one.
 */
public enum RatingScale {
    /** Generated games rated on a calibrated ladder: cap, experts, opponents and model share the ladder's scale. */
    LADDER("ladder", "All ratings (the cap, the experts, the base policy, the opponents and the model) are on the"
            + " ladder's one scale: maximum-likelihood Elo from one round robin, anchored at one stated point."),
    /** Generated games without a ladder: the panel's ratings and the opponents' are assumptions. */
    ASSUMED("assumed", "Ratings are assumed, not measured: the players' PGN ratings and the opponents' Elo are the"
            + " panel's assumptions (no ladder.csv was found), so the comparison with the experts and the cap is only as"
            + " good as those assumptions."),
    /** Real (Lichess) games: the cap and the players are on the Lichess scale, the opponents on theirs. */
    LICHESS("lichess", "The cap and the training players' ratings are on the Lichess scale of the training games;"
            + " the opponents (and so the model) are on the engines' scale. Comparing the two assumes they agree, as"
            + " the paper does.");

    private final String id;
    private final String caveat;

    RatingScale(String id, String caveat) {
        this.id = id;
        this.caveat = caveat;
    }

    /** @return the name in {@code verdict.json}, e.g. {@code ladder} */
    public String id() {
        return id;
    }

    /** @return one or two sentences for the report saying what the numbers can be compared with */
    public String caveat() {
        return caveat;
    }
}
