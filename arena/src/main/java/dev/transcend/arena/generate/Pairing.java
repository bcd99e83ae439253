package dev.transcend.arena.generate;

import dev.transcend.core.Seeds;

import java.util.SplittableRandom;

/** Which two players of the panel play game {@code i} of a generation run, and with which colours. */
public enum Pairing {
    /**
     * Cycles through every ordered pair (white, black) of distinct players in panel order, so each
     * pair meets equally often with each colour.
     */
    ROUND_ROBIN,
    /** Draws an ordered pair of distinct players from the game's seed. */
    RANDOM;

    /**
     * @param game 0-based game index
     * @param players panel size, at least 1; a panel of one player plays itself ({@code {0, 0}}: the generator opens
     *                two separate players for it, one per colour)
     * @param seed the run's seed
     * @return indices {@code {white, black}} into the panel
     */
    int[] pair(int game, int players, long seed) {
        if (players == 1) {
            return new int[] {0, 0};
        }
        if (this == RANDOM) {
            SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, "pairing", game));
            int white = rng.nextInt(players);
            int black = rng.nextInt(players - 1);
            return new int[] {white, black >= white ? black + 1 : black};
        }
        int pairs = players * (players - 1);
        int k = game % pairs;
        int white = k / (players - 1);
        int other = k % (players - 1);
        return new int[] {white, other >= white ? other + 1 : other};
    }
}
