package dev.transcend.arena.player;

import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.arena.engine.EngineTimeouts;
import dev.transcend.core.config.ConfigException;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UCI engine player: command, options and search limit.
 *
 * @param name unique player name
 * @param rating assumed Elo, or null
 * @param calibrated whether the rating was measured on this setup (default false)
 * @param ratingNote source of the rating (default empty)
 * @param command executable: a bare name searched on {@code PATH} then {@code /usr/games}, or a path
 * @param args command-line arguments (default none)
 * @param options UCI options sent with {@code setoption} after checking them against the engine's
 *                advertised ranges, in file order (default none)
 * @param limit search limit per move: one of {@code movetimeMs}, {@code nodes}, {@code depth} (required)
 * @param timeouts named waits before the engine counts as stalled (default {@link EngineTimeouts#defaults()})
 */
public record EngineSpec(String name, Integer rating, boolean calibrated, String ratingNote, String command,
                         List<String> args, Map<String, String> options, EngineLimit limit,
                         EngineTimeouts timeouts) implements PlayerSpec {

    /** @throws ConfigException if name, command or limit is missing */
    public EngineSpec {
        PlayerSpec.checkCommon(name, rating);
        if (command == null || command.isBlank()) {
            throw new ConfigException("player '" + name + "': missing key 'command' (e.g. stockfish)");
        }
        if (limit == null) {
            throw new ConfigException("player '" + name + "': missing key 'limit'; set one of movetimeMs, nodes, depth");
        }
        ratingNote = ratingNote == null ? "" : ratingNote;
        args = args == null ? List.of() : List.copyOf(args);
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        timeouts = timeouts == null ? EngineTimeouts.defaults() : timeouts;
    }

    @Override
    public EnginePlayer open(int moveLimit, PolicyLoader models) throws IOException, InterruptedException {
        return open(moveLimit);
    }

    @Override
    public EnginePlayer open(int moveLimit) throws IOException, InterruptedException {
        return EnginePlayer.open(this);
    }

    @Override
    public EnginePlayer open(int moveLimit, PolicyLoader models, EngineLog log) throws IOException, InterruptedException {
        return EnginePlayer.open(this, log);
    }
}
