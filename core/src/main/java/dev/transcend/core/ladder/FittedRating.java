package dev.transcend.core.ladder;

/**
 * One player's rating from a joint fit of all calibration games, on the anchor's scale.
 *
 * @param rating maximum-likelihood (or maximum a posteriori, see the fitter) Elo, rating points
 * @param low95  lower end of the 95% interval, rating points (equals {@code rating} for the anchor)
 * @param high95 upper end of the 95% interval, rating points
 */
public record FittedRating(double rating, double low95, double high95) {
}
