package dev.transcend.core.ladder;

/**
 * One player's measured rating on a ladder: maximum-likelihood Elo from the calibration games, with its 95% interval,
 * on the ladder's one scale (anchored at one stated point, {@link #anchored()}).
 *
 * @param player    the player's name, as in the roster and in PGN {@code White}/{@code Black} tags
 * @param role      what the player is in the experiment
 * @param base      for an expert, the name of its base policy; empty otherwise
 * @param errors    for an expert, its error model in words (e.g. {@code random p=0.5},
 *                  {@code systematic knight-capture}); empty otherwise
 * @param rating    maximum-likelihood Elo, rating points on the ladder's scale
 * @param low95     lower end of the 95% interval, rating points (equals {@code rating} for the anchor)
 * @param high95    upper end of the 95% interval, rating points
 * @param games     calibration games the player played
 * @param score     points per game in those games, 0..1 (draw = 1/2)
 * @param anchored  whether this player's rating was fixed by definition (the scale's anchor) rather than measured
 */
public record LadderRow(String player, LadderRole role, String base, String errors, double rating, double low95,
                        double high95, int games, double score, boolean anchored) {

    /** @throws IllegalArgumentException on a blank name, an interval not around the rating or negative games */
    public LadderRow {
        if (player == null || player.isBlank()) {
            throw new IllegalArgumentException("player is blank");
        }
        base = base == null ? "" : base;
        errors = errors == null ? "" : errors;
        if (!(low95 <= rating && rating <= high95)) {
            throw new IllegalArgumentException("player " + player + ": interval [" + low95 + ", " + high95
                    + "] does not hold the rating " + rating);
        }
        if (games < 0 || !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("player " + player + ": games " + games + " / score " + score
                    + " out of range");
        }
    }

    /** @return the rating rounded to whole Elo, as written into PGN {@code WhiteElo}/{@code BlackElo} tags */
    public int pgnRating() {
        return (int) Math.round(rating);
    }
}
