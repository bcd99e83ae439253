package dev.transcend.core.dataset;

/**
 * One 100-point bin of {@code max(WhiteElo, BlackElo)}, the quantity the cap applies to.
 *
 * @param from lowest rating in the bin (inclusive, Elo points)
 * @param to highest rating in the bin (inclusive), {@code from + 99}
 * @param read games read whose higher rating falls in the bin
 * @param kept games kept whose higher rating falls in the bin
 */
public record RatingBin(int from, int to, long read, long kept) {
}
