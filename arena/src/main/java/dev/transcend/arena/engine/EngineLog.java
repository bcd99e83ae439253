package dev.transcend.arena.engine;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the engines of a run write what they say outside UCI: each engine's stderr, line by line as it comes, and
 * the tail of its UCI traffic (see {@link EngineTranscript}) when it crashes, stalls or quits. A stage writes one log,
 * {@code engines.log} in its output folder, named in its manifest; a run that resumes appends to it. Lines look like
 * <pre>
 * 2026-12-05T12:00:01.123Z sf-skill-1#4321 stderr: assertion failed: board ok
 * 2026-12-05T12:00:01.130Z sf-skill-1#4321 crashed: exited with code 134 after 'go nodes 100' at ply 12
 * 2026-12-05T12:00:01.130Z sf-skill-1#4321 &gt; go nodes 100
 * </pre>
 * ({@code >} sent to the engine, {@code <} received from it). Thread-safe: the slots of a run share one log.
 * A log that cannot be written stops logging (once, on stderr) instead of stopping the games.
 */
public final class EngineLog implements Closeable {

    /** The file name a stage gives its engine log. */
    public static final String FILE = "engines.log";

    private static final EngineLog DISCARD = new EngineLog(null);

    private final Path file;
    private BufferedWriter out;
    private boolean broken;

    private EngineLog(Path file) {
        this.file = file;
    }

    /** @return a log appended to {@code file} (created on the first line) */
    public static EngineLog appendingTo(Path file) {
        return new EngineLog(file);
    }

    /** @return a log that keeps nothing (an engine opened outside a stage; its faults still quote its stderr) */
    public static EngineLog discard() {
        return DISCARD;
    }

    /** @return the file, if this log writes one */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Appends lines, each prefixed with the time and {@code engine}.
     *
     * @param engine who speaks, e.g. {@code sf-skill-1#4321} (player name and process id)
     * @param lines the lines, without line terminators
     */
    public synchronized void write(String engine, List<String> lines) {
        if (file == null || broken) {
            return;
        }
        String prefix = Instant.now() + " " + engine + " ";
        try {
            if (out == null) {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            for (String line : lines) {
                out.write(prefix);
                out.write(line);
                out.newLine();
            }
            out.flush();
        } catch (IOException e) {
            broken = true;
            System.err.println("cannot write the engine log " + file + ": " + e.getMessage() + "; engine logging stops");
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
