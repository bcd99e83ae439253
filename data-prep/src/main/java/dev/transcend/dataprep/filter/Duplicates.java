package dev.transcend.dataprep.filter;

import dev.transcend.core.Seeds;
import dev.transcend.core.chess.ByColor;

import java.util.Optional;

/**
 * Remembers the games kept so far, to drop duplicates (the raw sources overlap heavily: see shared/data/SOURCES.md).
 * A game with an id ({@link GameId}) is a duplicate of an earlier game with the same id; a game without one is a
 * duplicate of an earlier game (with or without an id) with the same moves and ratings. So two different Lichess
 * games with the same moves and ratings are both kept, and an id-less copy of a kept Lichess game (e.g. from a
 * pgn-extract selection that stripped {@code Site}) is dropped when it comes after it. Order matters only there: an
 * id-less copy read <em>before</em> the game with the id keeps both.
 *
 * <p>Keys are 64-bit hashes in open-addressing tables of {@code long}s kept at most half full: 16-32 bytes per game
 * and table, so 100 million games fit in 4 GiB, where a {@code HashSet<Long>} would need ~6 GB each. Two different
 * games share a key with probability about n^2 / 2^65 (birthday bound), i.e. 3e-4 for 10^8 games. Not thread-safe.
 */
public final class Duplicates {

    private final KeySet ids = new KeySet();
    private final KeySet contents = new KeySet();
    private int size;

    /**
     * @param movesKey {@link #movesKey} of the game's move tokens
     * @param elo the players' ratings
     * @return true the first time this (moves, ratings) pair is seen, false for a duplicate (a game without an id)
     */
    public boolean firstTime(long movesKey, ByColor<Integer> elo) {
        return check(Optional.empty(), movesKey, elo).isEmpty();
    }

    /**
     * Decides whether a game duplicates one kept earlier, and remembers it if not.
     *
     * @param gameId the game's {@link GameId}, if it has one
     * @param movesKey {@link #movesKey} of the game's move tokens
     * @param elo the players' ratings
     * @return empty for a new game (now remembered), else why it is a duplicate, for {@code skipped.csv}
     */
    public Optional<String> check(Optional<String> gameId, long movesKey, ByColor<Integer> elo) {
        long content = Seeds.mix(movesKey ^ Seeds.mix(((long) elo.white() << 32) | elo.black()));
        if (gameId.isPresent()) {
            if (!ids.add(idKey(gameId.get()))) {
                return Optional.of("same game id (" + gameId.get() + ") as a game kept earlier");
            }
            contents.add(content);
        } else if (!contents.add(content)) {
            return Optional.of("same moves and ratings as a game kept earlier (this game has no id)");
        }
        size++;
        return Optional.empty();
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

    private static long idKey(String id) {
        long h = Seeds.mix(0xBB67AE8584CAA73BL ^ id.length());
        for (int i = 0; i < id.length(); i++) {
            h = Seeds.mix(h ^ id.charAt(i));
        }
        return h;
    }

    /** A set of 64-bit keys: open addressing, linear probing, at most half full; 0 marks a free slot. */
    private static final class KeySet {

        private long[] table = new long[1 << 16];
        private int size;

        /** @return true if the key was not in the set (it is now) */
        boolean add(long key) {
            if (key == 0) {
                key = 1;
            }
            int mask = table.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (table[slot] != 0) {
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

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            int mask = table.length - 1;
            for (long key : old) {
                if (key != 0) {
                    int slot = (int) (key ^ (key >>> 32)) & mask;
                    while (table[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = key;
                }
            }
        }
    }
}
