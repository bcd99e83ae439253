package dev.transcend.arena.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds an engine executable. A command containing {@code /} is taken as a path; a bare name such as
 * {@code stockfish} is searched on {@code PATH} and then in {@code /usr/games}, where Debian installs
 * chess engines without putting that folder on every user's {@code PATH}.
 */
public final class EngineLocator {

    /** Debian's folder for game binaries ({@code stockfish}, {@code fairy-stockfish}). */
    static final Path USR_GAMES = Path.of("/usr/games");

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
                throw new EngineException("engine " + command + " does not exist");
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
        throw new EngineException(command + " not found on PATH or in " + fallback
                + "; install it with `sudo apt-get install " + command + "`");
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
