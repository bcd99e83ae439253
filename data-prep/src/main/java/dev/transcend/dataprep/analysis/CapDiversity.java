package dev.transcend.dataprep.analysis;

/**
 * The diversity of one cap's games: a row of {@code diversity.csv}.
 *
 * @param cap the rating cap C
 * @param games games with {@code max(WhiteElo, BlackElo) <= C} that passed the checks
 * @param visits position visits counted (plies within the first {@code plies} of those games)
 * @param positions distinct positions seen
 * @param commonPositions positions seen at least {@code minCount} times
 * @param singleMovePositions common positions where one move was always played (normalized entropy 0)
 * @param meanEntropy mean normalized entropy over the common positions, unweighted (the paper's number); null if
 *                    there are none
 * @param low95 lower end of the 95% percentile bootstrap interval of {@code meanEntropy} over common positions; null
 *              without one (fewer than two common positions, or no resamples)
 * @param high95 upper end of that interval
 * @param weightedMeanEntropy mean normalized entropy weighted by each position's visits; null if none
 * @param paper the paper's value for this cap (0.70 / 0.66 / 0.64 at 1000 / 1300 / 1500 on 500k Lichess games
 *              each), null for other caps
 */
public record CapDiversity(int cap, long games, long visits, long positions, long commonPositions,
                           long singleMovePositions, Double meanEntropy, Double low95, Double high95,
                           Double weightedMeanEntropy, Double paper) {
}
