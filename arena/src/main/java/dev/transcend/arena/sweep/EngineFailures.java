package dev.transcend.arena.sweep;

import dev.transcend.core.games.GameRow;
import dev.transcend.arena.engine.EngineException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stops a sweep whose opponent lost every one of its games by its own fault (illegal move, crash or stall): those
 * games are recorded as model wins, and a broken engine (a wrong binary, an option it mishandles, a machine too slow
 * for its timeout) would otherwise pass as a model that beats it every time, with exit status 0.
 */
final class EngineFailures {

    /** Fewer games than this prove nothing: one crash can be bad luck. */
    static final int MIN_GAMES = 2;

    private EngineFailures() {
    }

    /** One opponent's games and engine-fault wins among some rows. */
    private static final class Count {
        int games;
        int faults;
        String firstDetail;
    }

    /**
     * @param rows games, e.g. those played by this run, or all of {@code games.csv}
     * @param scope how to name them in the message, e.g. {@code this run}
     * @param csv the file they are recorded in
     * @throws EngineException if the opponents that lost all their games in {@code rows} by an engine fault played at
     *                         least {@link #MIN_GAMES} games together, naming them and the first fault
     */
    static void check(List<GameRow> rows, String scope, Path csv) throws EngineException {
        Map<String, Count> byOpponent = new LinkedHashMap<>();
        for (GameRow row : rows) {
            Count c = byOpponent.computeIfAbsent(row.opponent(), o -> new Count());
            c.games++;
            if (row.isEngineFaultWin()) {
                c.faults++;
                if (c.firstDetail == null) {
                    c.firstDetail = row.termination() + ", " + row.detail();
                }
            }
        }
        List<String> failed = new ArrayList<>();
        int games = 0;
        String firstDetail = null;
        for (Map.Entry<String, Count> e : byOpponent.entrySet()) {
            Count c = e.getValue();
            if (c.games == c.faults) {
                failed.add("'" + e.getKey() + "'");
                games += c.games;
                firstDetail = firstDetail == null ? c.firstDetail : firstDetail;
            }
        }
        if (games >= MIN_GAMES) {
            throw new EngineException((failed.size() == 1 ? "engine " : "engines ") + String.join(", ", failed)
                    + " failed in every game of " + scope + " (" + games + " games): " + firstDetail + ". The games are"
                    + " recorded in " + csv + " as model wins and would inflate its rating; fix the engine and play"
                    + " into a new --out folder");
        }
    }
}
