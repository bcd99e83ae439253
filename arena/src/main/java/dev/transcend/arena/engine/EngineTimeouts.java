package dev.transcend.arena.engine;

import dev.transcend.core.config.ConfigException;

/**
 * How long the arena waits for an engine at each step of the UCI exchange before it declares the
 * engine stalled (after cutechess's named timeouts). A missing value takes its default.
 *
 * @param startMs from launching the process to {@code uciok} (default 10000 ms)
 * @param readyMs from {@code isready} to {@code readyok} (default 10000 ms)
 * @param moveMs for {@code bestmove}, on top of the search time of a {@code movetime} limit; the whole
 *               allowance for node and depth limits (default 10000 ms)
 * @param quitMs from {@code quit} to process exit before the process is killed (default 1000 ms)
 * @param stopMs from {@code stop}, sent when {@code bestmove} is overdue, to {@code bestmove}; a move sent in this
 *               grace is played, since some engines answer only when told to stop (default 1000 ms)
 */
public record EngineTimeouts(Long startMs, Long readyMs, Long moveMs, Long quitMs, Long stopMs) {

    /** @throws ConfigException if a value is below 1 ms */
    public EngineTimeouts {
        startMs = orDefault("startMs", startMs, 10_000);
        readyMs = orDefault("readyMs", readyMs, 10_000);
        moveMs = orDefault("moveMs", moveMs, 10_000);
        quitMs = orDefault("quitMs", quitMs, 1_000);
        stopMs = orDefault("stopMs", stopMs, 1_000);
    }

    /** The timeouts with the default {@code stopMs}. */
    public EngineTimeouts(Long startMs, Long readyMs, Long moveMs, Long quitMs) {
        this(startMs, readyMs, moveMs, quitMs, null);
    }

    /** @return all defaults */
    public static EngineTimeouts defaults() {
        return new EngineTimeouts(null, null, null, null, null);
    }

    /** @return how long to wait for {@code bestmove} under {@code limit}, in ms */
    public long moveTimeoutMs(EngineLimit limit) {
        return limit.searchTimeMs() + moveMs;
    }

    private static long orDefault(String key, Long value, long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new ConfigException("timeouts." + key + ": " + value + " is not allowed; use 1 ms or more");
        }
        return value;
    }
}
