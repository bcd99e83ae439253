package dev.transcend.core.ratings;

/**
 * A Glicko-2 rating on the familiar Glicko/Elo scale (Glickman, "Example of the Glicko-2 system", 2013).
 *
 * @param rating the rating r, rating points
 * @param rd the rating deviation RD, rating points; one standard deviation of the rating's uncertainty
 * @param volatility the volatility sigma, the expected fluctuation of the rating (Glicko-2 scale, unitless)
 * @throws IllegalArgumentException if a value is not finite, {@code rd} is negative or {@code volatility} is not
 *                                  positive
 */
public record Rating(double rating, double rd, double volatility) {

    /** Two-sided 95% normal quantile, {@code Phi^-1(0.975)}: the 95% interval is {@code rating +/- 1.96 RD}. */
    public static final double Z95 = 1.959963984540054;

    public Rating {
        if (!Double.isFinite(rating) || !Double.isFinite(rd) || rd < 0 || !Double.isFinite(volatility)
                || volatility <= 0) {
            throw new IllegalArgumentException("bad Glicko-2 rating: r=" + rating + " RD=" + rd
                    + " sigma=" + volatility);
        }
    }

    /** @return the lower end of the 95% interval, {@code rating - 1.96 RD}, rating points */
    public double low95() {
        return rating - Z95 * rd;
    }

    /** @return the upper end of the 95% interval, {@code rating + 1.96 RD}, rating points */
    public double high95() {
        return rating + Z95 * rd;
    }
}
