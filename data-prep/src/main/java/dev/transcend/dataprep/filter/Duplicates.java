package dev.transcend.dataprep.filter;

import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;

/**
 * Remembers the games kept so far by a 64-bit key of their moves and ratings, to drop exact
 * duplicates (the raw sources overlap heavily: see shared/data/SOURCES.md). An open-addressing
 * table of {@code long}s kept at most half full: 16-32 bytes per game, so 100 million games fit in
 * 2 GiB, where a {@code HashSet<Long>} would need ~6 GB. Two different games share a key with probability about
 * n^2 / 2^65 (birthday bound), i.e. 3e-4 for 10^8 games. Not thread-safe.
 */
public final class Duplicates {

    private static final long EMPTY = 0L;
    private long[] table = new long[1 << 16];
    private int size;

    /**
     * @param movesKey {@link #movesKey} of the game's move tokens
     * @param elo the players' ratings
     * @return true the first time this (moves, ratings) pair is seen, false for a duplicate
     */
    public boolean firstTime(long movesKey, ByColor<Integer> elo) {
        long key = Seeds.mix(movesKey ^ Seeds.mix(((long) elo.white() << 32) | elo.black()));
        if (key == EMPTY) {
            key = 1; // 0 marks free slots
        }
        int mask = table.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (table[slot] != EMPTY) {
            if (table[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    /** @return number of distinct games remembered */
    public int size() {
        return size;
    }

    /**
     * A 64-bit key of a game's moves, the same on every run and machine: each token id is folded in
     * with the SplitMix64 finalizer ({@link Seeds#mix}). Also decides the game's train/validation split.
     *
     * @param moves move token ids, one per ply
     * @return the key
     */
    public static long movesKey(int[] moves) {
        long h = Seeds.mix(0x6A09E667F3BCC909L ^ moves.length);
        for (int token : moves) {
            h = Seeds.mix(h ^ token);
        }
        return h;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int slot = (int) (key ^ (key >>> 32)) & mask;
                while (table[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = key;
            }
        }
    }
}
