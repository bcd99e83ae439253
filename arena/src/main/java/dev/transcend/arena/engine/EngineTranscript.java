package dev.transcend.arena.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one engine process said, kept for debugging: its stderr goes to the {@link EngineLog} as it comes (read by a
 * daemon thread, so a chatty engine cannot fill the pipe and block), and the last {@link #TRAFFIC_LINES} lines of UCI
 * traffic are kept in memory and written to the log when the engine faults or quits. The last {@link #STDERR_LINES}
 * stderr lines are also quoted in a fault's detail, so a crash such as Stockfish's
 * {@code assertion failed: board ok} (exit status 134) reads from {@code games.csv} without the log.
 */
final class EngineTranscript {

    /** UCI lines kept for the log: enough for the last few moves' exchanges with their {@code info} lines. */
    static final int TRAFFIC_LINES = 60;
    /** Stderr lines quoted in a fault's detail. */
    static final int STDERR_LINES = 3;

    private final EngineLog log;
    private final Deque<String> traffic = new ArrayDeque<>();
    private final Deque<String> stderr = new ArrayDeque<>();
    private final Thread stderrReader;
    private String label;

    EngineTranscript(EngineLog log, String label, InputStream stderrStream) {
        this.log = log;
        this.label = label;
        this.stderrReader = new Thread(() -> pump(stderrStream), label + "-stderr");
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    /** @param label how the log names the engine from now on, e.g. once its {@code id name} is known */
    synchronized void relabel(String label) {
        this.label = label;
    }

    synchronized void sent(String line) {
        keep("> " + line);
    }

    synchronized void received(String line) {
        keep("< " + line);
    }

    /**
     * Writes {@code event} and the traffic tail to the log, then forgets the tail.
     *
     * @param event e.g. {@code crashed: exited with code 134 after 'go nodes 100' at ply 12}
     */
    synchronized void dump(String event) {
        List<String> lines = new ArrayList<>();
        lines.add(event + (traffic.isEmpty() ? "" : "; last " + traffic.size() + " lines of UCI traffic:"));
        lines.addAll(traffic);
        log.write(label, lines);
        traffic.clear();
    }

    /**
     * Waits briefly for the stderr reader to reach the end of the stream (the process has exited) and quotes the
     * last stderr lines.
     *
     * @return {@code "; stderr: ..."} or an empty string if the engine wrote nothing to stderr
     */
    String stderrTail() throws InterruptedException {
        stderrReader.join(TimeUnit.MILLISECONDS.toMillis(200));
        synchronized (this) {
            return stderr.isEmpty() ? "" : "; stderr: " + String.join(" | ", stderr);
        }
    }

    private void keep(String line) {
        if (traffic.size() == TRAFFIC_LINES) {
            traffic.removeFirst();
        }
        traffic.addLast(line);
    }

    private void pump(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String current;
                synchronized (this) {
                    if (stderr.size() == STDERR_LINES) {
                        stderr.removeFirst();
                    }
                    stderr.addLast(line);
                    current = label;
                }
                log.write(current, List.of("stderr: " + line));
            }
        } catch (IOException e) {
            // a closed pipe ends the stream
        }
    }
}
