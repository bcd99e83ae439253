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

    /**
     * Sends its {@code bestmove} twice on the first {@code go} ({@code e2e4}, legal only from the start) and
     * {@code bestmove g1f3} on later ones: a client that does not synchronise before a search takes the stale second
     * {@code e2e4} as its answer to the next position.
     */
    public static Path sendsBestMoveTwice(Path dir) throws IOException {
        return script(dir, "twice.sh", "go*) n=$((n+1)); if [ $n -eq 1 ]; then echo 'bestmove e2e4'; "
                + "echo 'bestmove e2e4'; else echo 'bestmove g1f3'; fi ;;");
    }

    /** Searches until told to stop, then answers {@code bestmove e2e4 ponder e7e5} (legal from the start only). */
    public static Path answersOnlyAfterStop(Path dir) throws IOException {
        return script(dir, "afterstop.sh", "go*) ;;\n    stop) echo 'bestmove e2e4 ponder e7e5' ;;");
    }

    /** Answers every {@code go} with {@code bestmove <none>}, e.g. {@code (none)} or {@code 0000}: "I have no move". */
    public static Path sendsNoMove(Path dir, String none) throws IOException {
        return script(dir, "none" + none.replaceAll("\\W", "") + ".sh", "go*) echo 'bestmove " + none + "' ;;");
    }

    /**
     * The first time it is started it fails its first search as {@code failure} says (a shell case action, e.g.
     * {@code echo 'assertion failed: board ok' >&2; exit 134}, Stockfish's crash in the issue, or nothing: a stall);
     * every later start is Stockfish itself. A crash or stall that a restart cures.
     */
    public static Path failsOnceThenStockfish(Path dir, String name, String failure) throws IOException {
        Path marker = dir.resolve(name + ".failed");
        return script(dir, name, "if [ -e '" + marker + "' ]; then exec /usr/games/stockfish; fi\n: > '" + marker + "'",
                "go*) " + failure + " ;;");
    }

    /** @return a player spec for one of the scripts, with short timeouts */
    public static EngineSpec spec(String name, Path script) {
        return new EngineSpec(name, 1000, false, "", script.toString(), List.of(), Map.of(), EngineLimit.nodes(1),
                new EngineTimeouts(10_000L, 5000L, 300L, 200L));
    }

    /** Stockfish 15.1 with a fixed search depth: deterministic, so games repeat on any machine. */
    public static EngineSpec stockfishDepth(String name, int depth) {
        return new EngineSpec(name, 1500, false, "test opponent", "stockfish", List.of(), Map.of(),
                EngineLimit.depth(depth), null);
    }

    private static Path script(Path dir, String name, String goCase) throws IOException {
        return script(dir, name, "", goCase);
    }

    private static Path script(Path dir, String name, String prelude, String goCase) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n",
                "#!/bin/sh",
                prelude,
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
