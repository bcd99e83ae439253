package dev.transcend.rating;

/**
 * One game as seen by the rated player.
 *
 * @param opponentRating the opponent's rating, rating points (Elo/Glicko scale)
 * @param opponentRd the opponent's rating deviation, rating points; 0 for an opponent whose rating is a fixed anchor
 *                   (the paper's Stockfish levels). {@link MaximumLikelihoodElo} ignores it.
 * @param score the player's score: 1 win, 0.5 draw, 0 loss
 * @throws IllegalArgumentException if a value is not finite, {@code opponentRd} is negative or the score is not
 *                                  0, 0.5 or 1
 */
public record RatedGame(double opponentRating, double opponentRd, double score) {

    public RatedGame {
        if (!Double.isFinite(opponentRating) || !Double.isFinite(opponentRd) || opponentRd < 0) {
            throw new IllegalArgumentException("bad opponent: rating=" + opponentRating + " RD=" + opponentRd);
        }
        if (score != 0.0 && score != 0.5 && score != 1.0) {
            throw new IllegalArgumentException("score must be 0, 0.5 or 1, got " + score);
        }
    }

    /** @return a game against an opponent whose rating is fixed (RD 0), as in the paper's sequential Glicko-2 */
    public static RatedGame againstAnchor(double opponentRating, double score) {
        return new RatedGame(opponentRating, 0.0, score);
    }
}
