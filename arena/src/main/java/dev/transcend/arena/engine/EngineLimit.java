package dev.transcend.arena.engine;

import dev.transcend.core.config.ConfigException;

/**
 * How long an engine may search one move: exactly one of a fixed time, a node budget or a depth,
 * as in the UCI {@code go} command. Node and depth limits make games repeatable on any machine
 * (Stockfish's {@code bench} relies on the same); the paper's 0.1 s per move (Zhang et al., 2024,
 * section 4) is {@code movetimeMs: 100} and depends on the hardware.
 *
 * @param movetimeMs search time per move in milliseconds ({@code go movetime})
 * @param nodes node budget per move ({@code go nodes})
 * @param depth search depth in plies ({@code go depth})
 */
public record EngineLimit(Long movetimeMs, Long nodes, Integer depth) {

    /**
     * @throws ConfigException unless exactly one limit is set and it is positive
     */
    public EngineLimit {
        int set = (movetimeMs != null ? 1 : 0) + (nodes != null ? 1 : 0) + (depth != null ? 1 : 0);
        if (set != 1) {
            throw new ConfigException("limit: set exactly one of movetimeMs, nodes or depth (got " + set + ")");
        }
        if (movetimeMs != null && movetimeMs < 1) {
            throw new ConfigException("limit.movetimeMs: " + movetimeMs + " is not allowed; use 1 ms or more");
        }
        if (nodes != null && nodes < 1) {
            throw new ConfigException("limit.nodes: " + nodes + " is not allowed; use 1 or more");
        }
        if (depth != null && (depth < 1 || depth > 245)) {
            throw new ConfigException("limit.depth: " + depth + " is not allowed; use 1..245");
        }
    }

    /** @return a limit of {@code ms} milliseconds per move */
    public static EngineLimit movetime(long ms) {
        return new EngineLimit(ms, null, null);
    }

    /** @return a limit of {@code n} nodes per move */
    public static EngineLimit nodes(long n) {
        return new EngineLimit(null, n, null);
    }

    /** @return a limit of {@code plies} plies of search depth */
    public static EngineLimit depth(int plies) {
        return new EngineLimit(null, null, plies);
    }

    /** @return the UCI command, e.g. {@code go movetime 100}, {@code go nodes 200}, {@code go depth 3} */
    public String goCommand() {
        if (movetimeMs != null) {
            return "go movetime " + movetimeMs;
        }
        return nodes != null ? "go nodes " + nodes : "go depth " + depth;
    }

    /** @return the search time this limit itself allows, in ms (0 for node and depth limits) */
    long searchTimeMs() {
        return movetimeMs == null ? 0 : movetimeMs;
    }

    @Override
    public String toString() {
        return goCommand().substring(3);
    }
}
