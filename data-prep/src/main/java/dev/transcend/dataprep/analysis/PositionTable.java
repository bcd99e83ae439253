package dev.transcend.dataprep.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moves played from every position of the opening plies of a set of games: position key ({@link PositionKey})
 * to {@link MoveCounts}. Memory: one entry per distinct position, ~250 bytes (most positions past ply 8 are seen
 * once): ~8.5 distinct positions per game at 16 plies on the sample's Lichess games, so ~2 KB per game: ~100 MB for
 * 50k games, ~1 GB for 500k. Not thread-safe.
 */
public final class PositionTable {

    /** A position seen at least the minimum count, with its moves. */
    public record Common(String key, MoveCounts moves) {
        /** @return its {@link NormalizedEntropy} */
        public double normalizedEntropy() {
            return NormalizedEntropy.of(moves.counts());
        }
    }

    private final Map<String, MoveCounts> positions = new HashMap<>();
    private long visits;
    private long games;

    /**
     * Adds one game's opening.
     *
     * @param keys the keys of the positions before each counted ply, in order
     * @param moves the UCI move played from each, same length
     */
    public void add(List<String> keys, List<String> moves) {
        if (keys.size() != moves.size()) {
            throw new IllegalArgumentException(keys.size() + " positions but " + moves.size() + " moves");
        }
        for (int i = 0; i < keys.size(); i++) {
            positions.computeIfAbsent(keys.get(i), k -> new MoveCounts()).add(moves.get(i));
        }
        visits += keys.size();
        games++;
    }

    /** @return games added */
    public long games() {
        return games;
    }

    /** @return position visits (plies) counted, over all games */
    public long visits() {
        return visits;
    }

    /** @return distinct positions seen */
    public int size() {
        return positions.size();
    }

    /**
     * @param minCount the fewest visits of a common position, at least 1
     * @return the positions seen at least {@code minCount} times, most visited first (then by key)
     */
    public List<Common> common(long minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
        }
        List<Common> out = new ArrayList<>();
        positions.forEach((key, moves) -> {
            if (moves.visits() >= minCount) {
                out.add(new Common(key, moves));
            }
        });
        out.sort(Comparator.comparingLong((Common c) -> -c.moves().visits()).thenComparing(Common::key));
        return out;
    }
}
