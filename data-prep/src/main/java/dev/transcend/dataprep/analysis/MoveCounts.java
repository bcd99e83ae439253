package dev.transcend.dataprep.analysis;

import java.util.Arrays;

/**
 * How often each move was played from one position (UCI moves, in first-played order). Most positions see one game,
 * so the arrays start at one entry and grow by doubling. Not thread-safe.
 */
public final class MoveCounts {

    private String[] moves = new String[1];
    private int[] counts = new int[1];
    private int size;
    private long total;

    /** Counts one play of {@code uci} from this position. */
    public void add(String uci) {
        total++;
        for (int i = 0; i < size; i++) {
            if (moves[i].equals(uci)) {
                counts[i]++;
                return;
            }
        }
        if (size == moves.length) {
            moves = Arrays.copyOf(moves, 2 * size);
            counts = Arrays.copyOf(counts, 2 * size);
        }
        moves[size] = uci;
        counts[size++] = 1;
    }

    /** @return the times the position was seen with a move played from it, n */
    public long visits() {
        return total;
    }

    /** @return the number of distinct moves played from it, k */
    public int distinctMoves() {
        return size;
    }

    /** @return the counts n_m of the distinct moves, in first-played order */
    public long[] counts() {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = counts[i];
        }
        return out;
    }

    /** @return the most played move (the first played among equals) */
    public String topMove() {
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return moves[best];
    }

    /** @return the most played move's share of the visits, 0..1 */
    public double topShare() {
        return Arrays.stream(counts, 0, size).max().orElse(0) / (double) total;
    }
}
