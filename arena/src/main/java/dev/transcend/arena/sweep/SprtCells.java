package dev.transcend.arena.sweep;

import dev.transcend.core.games.GameKey;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.core.ratings.SprtVerdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The early stop of a sweep with {@code sprt:} set: one sequential probability ratio test (core's {@link Sprt}) per
 * temperature over the games recorded so far. Once a temperature's test accepts H0 or H1 its remaining games are
 * skipped (games already running finish and are recorded); a temperature stays decided for the rest of the run.
 * Thread-safe: game slots ask and report concurrently.
 */
final class SprtCells {

    private final Sprt sprt;
    private final double threshold;
    private final Map<Double, List<GameRow>> games = new TreeMap<>();
    private final Set<Double> decided = new HashSet<>();
    private int skipped;

    /**
     * @param sprt the test
     * @param threshold X, Elo
     * @param recorded the games already in {@code games.csv} (a resumed sweep): a temperature they decide plays no more
     */
    SprtCells(Sprt sprt, double threshold, List<GameRow> recorded) {
        this.sprt = sprt;
        this.threshold = threshold;
        recorded.forEach(this::add);
    }

    /** Counts a finished game towards its temperature's test. */
    synchronized void add(GameRow row) {
        List<GameRow> cell = games.computeIfAbsent(row.temperature(), t -> new ArrayList<>());
        cell.add(row);
        if (sprt.verdict(threshold, cell).decision().decided()) {
            decided.add(row.temperature());
        }
    }

    /** @return whether {@code key}'s game is still needed; if not, it is counted as skipped */
    synchronized boolean needed(GameKey key) {
        if (decided.contains(key.temperature())) {
            skipped++;
            return false;
        }
        return true;
    }

    /** @return the games this run skipped because their temperature's test had decided */
    synchronized int skipped() {
        return skipped;
    }

    /**
     * @param rows every game in {@code games.csv} after the run
     * @return each temperature's verdict over all its games (as {@code rate} computes it), by temperature as
     *         {@code games.csv} writes it, ascending
     */
    Map<String, SprtVerdict> verdicts(List<GameRow> rows) {
        Map<Double, List<GameRow>> byTemperature = new TreeMap<>();
        rows.forEach(r -> byTemperature.computeIfAbsent(r.temperature(), t -> new ArrayList<>()).add(r));
        Map<String, SprtVerdict> verdicts = new LinkedHashMap<>();
        byTemperature.forEach((t, cell) -> verdicts.put(GameKey.formatTemperature(t), sprt.verdict(threshold, cell)));
        return verdicts;
    }
}
