package dev.transcend.arena.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds an engine executable. A command containing {@code /} is taken as a path; a bare name such as
 * {@code stockfish} is searched on {@code PATH} and then in {@code /usr/games}, where Debian installs
 * chess engines without putting that folder on every user's {@code PATH}.
 */
public final class EngineLocator {

    /** Debian's folder for game binaries ({@code stockfish}, {@code fairy-stockfish}). */
    static final Path USR_GAMES = Path.of("/usr/games");

    /** Debian/Ubuntu packages of the engines the arena's configs name, by executable name. */
    private static final Map<String, String> PACKAGES = Map.of("stockfish", "stockfish",
            "fairy-stockfish", "fairy-stockfish", "crafty", "crafty", "fruit", "fruit", "gnuchess", "gnuchess",
            "toga2", "toga2", "polyglot", "polyglot");

    private EngineLocator() {
    }

    /**
     * @param command a bare name ({@code stockfish}) or a path ({@code /usr/games/stockfish}, {@code ./sf})
     * @return the executable file
     * @throws EngineException if it is not found or not executable, with an install hint for bare names
     */
    public static Path locate(String command) throws EngineException {
        return locate(command, System.getenv("PATH"));
    }

    /** As {@link #locate(String)} with an explicit {@code PATH} value (may be null). */
    static Path locate(String command, String pathVariable) throws EngineException {
        return locate(command, pathVariable, USR_GAMES);
    }

    /** As {@link #locate(String)} with an explicit {@code PATH} value and fallback folder. */
    static Path locate(String command, String pathVariable, Path fallback) throws EngineException {
        if (command == null || command.isBlank()) {
            throw new EngineException("engine command is empty");
        }
        if (command.contains("/")) {
            Path file = Path.of(command);
            if (!Files.isRegularFile(file)) {
                throw new EngineException("engine " + command + " does not exist" + installHint(file));
            }
            if (!Files.isExecutable(file)) {
                throw new EngineException("engine " + command + " is not executable (chmod +x it)");
            }
            return file;
        }
        for (Path dir : searchPath(pathVariable, fallback)) {
            Path file = dir.resolve(command);
            if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                return file;
            }
        }
        throw new EngineException("engine " + command + " not found on PATH or in " + fallback + installHint(Path.of(command)));
    }

    /** @return how to get the executable: its package where known, else where to put it */
    private static String installHint(Path file) {
        String name = file.getFileName().toString();
        String pkg = PACKAGES.get(name);
        return pkg != null ? "; install it with `sudo apt-get install " + pkg + "`"
                : "; install it, or set the player's 'command' to the engine's path";
    }

    private static List<Path> searchPath(String pathVariable, Path fallback) {
        List<Path> dirs = new ArrayList<>();
        if (pathVariable != null) {
            for (String part : pathVariable.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    dirs.add(Path.of(part));
                }
            }
        }
        dirs.add(fallback);
        return dirs;
    }
}
