package dev.transcend.arena;

import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineTimeouts;
import dev.transcend.arena.player.EngineSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real processes that speak enough UCI to pass the handshake and then misbehave on {@code go}, the
 * way broken engines do (after cutechess's disconnection and stall cases). They are shell scripts,
 * not mocks: the arena talks to them through the same pipes as to Stockfish.
 */
public final class MisbehavingEngines {

    private MisbehavingEngines() {
    }

    /** Exits with code 3 when asked to search. */
    public static Path crashesOnGo(Path dir) throws IOException {
        return script(dir, "crash.sh", "go*) exit 3 ;;");
    }

    /**
     * Exits with {@code code} when asked to search: 130 or 143 is how Java reports a process ended by SIGINT or
     * SIGTERM (128 + signal), 139 one ended by SIGSEGV, whether the signal killed it or it exited with that code.
     */
    public static Path exitsOnGo(Path dir, int code) throws IOException {
        return script(dir, "exit" + code + ".sh", "go*) exit " + code + " ;;");
    }

    /** Never answers {@code go}. */
    public static Path stallsOnGo(Path dir) throws IOException {
        return script(dir, "stall.sh", "go*) ;;");
    }

    /** Answers every {@code go} with a move no position allows. */
    public static Path playsIllegalMove(Path dir) throws IOException {
        return script(dir, "illegal.sh", "go*) echo 'bestmove e2e5' ;;");
    }

    /** @return a player spec for one of the scripts, with short timeouts */
    public static EngineSpec spec(String name, Path script) {
        return new EngineSpec(name, 1000, false, "", script.toString(), List.of(), Map.of(), EngineLimit.nodes(1),
                new EngineTimeouts(2000L, 2000L, 300L, 200L));
    }

    /** Stockfish 15.1 with a fixed search depth: deterministic, so games repeat on any machine. */
    public static EngineSpec stockfishDepth(String name, int depth) {
        return new EngineSpec(name, 1500, false, "test opponent", "stockfish", List.of(), Map.of(),
                EngineLimit.depth(depth), null);
    }

    private static Path script(Path dir, String name, String goCase) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n",
                "#!/bin/sh",
                "while read -r line; do",
                "  case \"$line\" in",
                "    uci) echo 'id name " + name + "'; echo 'uciok' ;;",
                "    isready) echo 'readyok' ;;",
                "    quit) exit 0 ;;",
                "    " + goCase,
                "  esac",
                "done",
                ""));
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + file + " executable");
        }
        return file;
    }
}
