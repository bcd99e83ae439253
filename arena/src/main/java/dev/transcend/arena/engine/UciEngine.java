package dev.transcend.arena.engine;

import dev.transcend.core.config.ConfigException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A UCI chess engine running as a child process (after cutechess's {@code UciEngine}): a small state
 * machine (idle, thinking, dead) in which every wait has a named timeout from {@link EngineTimeouts}.
 * Startup problems throw {@link EngineException}; a crash or stall during a game comes back as an
 * {@link EngineReply.Fault}, after which the engine is dead and must be restarted.
 *
 * <p>Every search starts in sync: {@code isready} is sent before {@code position} and everything the engine sent
 * before its {@code readyok} is discarded, so a stale line (a second {@code bestmove} of the previous search) is never
 * taken as the answer to the next position. A search that overruns its timeout is sent {@code stop} and gets
 * {@code timeouts.stopMs} more to answer (some engines answer only then); only an engine that does not answer
 * {@code stop} either is killed.
 *
 * <p>An engine ended by SIGHUP, SIGINT or SIGTERM did not crash: someone is stopping the run (Ctrl-C and
 * {@code timeout -s INT} signal the whole process group, engines included, usually before the JVM
 * notices). Every waiting method then throws {@link InterruptedException}, so the game in progress is
 * abandoned rather than scored as the engine's loss; SIGKILL (e.g. the OOM killer, exit status 137),
 * SIGSEGV (139) or any other exit stays a {@link EngineFault#CRASHED} fault.
 *
 * <p>The engine's stderr and the tail of its UCI traffic go to an {@link EngineLog} (see {@link EngineTranscript});
 * a fault's detail quotes the last stderr lines.
 *
 * <p>Not thread-safe: one engine per game slot.
 */
public final class UciEngine implements AutoCloseable {

    private enum State { IDLE, THINKING, DEAD }

    /** Exit statuses of a process ended by a stop signal: 128 + signal number, as Java and shells report it. */
    private static final Map<Integer, String> STOP_SIGNALS = Map.of(129, "SIGHUP", 130, "SIGINT", 143, "SIGTERM");

    private final String command;
    private final Process process;
    private final BufferedWriter toEngine;
    private final LineChannel fromEngine;
    private final EngineTranscript transcript;
    private final EngineTimeouts timeouts;
    private final String label;
    private final Map<String, UciOption> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String name;
    private State state = State.IDLE;
    /** The last {@code info} line with a depth of the current search. */
    private Optional<UciMessage.Info> lastInfo = Optional.empty();

    private UciEngine(String command, Process process, EngineTimeouts timeouts, EngineLog log, String label) {
        this.command = command;
        this.process = process;
        this.timeouts = timeouts;
        this.name = command;
        this.label = label + "#" + process.pid();
        this.toEngine = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.fromEngine = new LineChannel(process.getInputStream(), "uci-" + process.pid());
        this.transcript = new EngineTranscript(log, this.label, process.getErrorStream());
    }

    /** As {@link #start(List, EngineTimeouts, EngineLog, String)} without a log file. */
    public static UciEngine start(List<String> commandLine, EngineTimeouts timeouts)
            throws EngineException, InterruptedException {
        return start(commandLine, timeouts, EngineLog.discard(), Path.of(commandLine.get(0)).getFileName().toString());
    }

    /**
     * Launches the engine and completes the {@code uci} / {@code uciok} handshake.
     *
     * @param commandLine the executable and its arguments
     * @param timeouts waits before the engine counts as stalled
     * @param log where its stderr and UCI traffic tail go
     * @param label how the log names it (the player's name); the process id is appended
     * @return the engine, idle, with its advertised options
     * @throws EngineException if it cannot be launched, exits, or sends no {@code uciok} within
     *                         {@code timeouts.startMs}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static UciEngine start(List<String> commandLine, EngineTimeouts timeouts, EngineLog log, String label)
            throws EngineException, InterruptedException {
        String command = String.join(" ", commandLine);
        Process process;
        try {
            process = new ProcessBuilder(commandLine).start();
        } catch (IOException e) {
            throw new EngineException("cannot start engine " + command + ": " + e.getMessage(), e);
        }
        UciEngine engine = new UciEngine(command, process, timeouts, log, label);
        engine.transcript.dump("started " + command);
        try {
            engine.handshake();
        } catch (EngineException | InterruptedException | RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    private void handshake() throws EngineException, InterruptedException {
        if (!send("uci")) {
            throw new EngineException("engine " + crashed("before the UCI handshake").detail());
        }
        long deadline = deadline(timeouts.startMs());
        while (true) {
            LineChannel.Read read = next(deadline);
            if (read instanceof LineChannel.Eof) {
                throw new EngineException("engine " + crashed("before answering 'uci' with 'uciok'").detail()
                        + "; is it a UCI engine?");
            }
            if (read instanceof LineChannel.TimedOut) {
                kill("sent no 'uciok' within " + timeouts.startMs() + " ms");
                throw new EngineException("engine " + command + " sent no 'uciok' within " + timeouts.startMs()
                        + " ms (timeouts.startMs); is it a UCI engine?");
            }
            UciMessage message = UciParser.parse(((LineChannel.Line) read).text());
            if (message instanceof UciMessage.UciOk) {
                return;
            }
            if (message instanceof UciMessage.Id id && id.key().equals("name")) {
                name = id.value();
            } else if (message instanceof UciMessage.Option option) {
                options.put(option.option().name(), option.option());
            }
        }
    }

    /** @return the engine's {@code id name}, e.g. {@code Stockfish 15.1}, or its command if it sent none */
    public String name() {
        return name;
    }

    /** @return the options the engine advertised, by name (case-insensitive lookup) */
    public Map<String, UciOption> options() {
        return Collections.unmodifiableMap(options);
    }

    /** @return the operating-system process id */
    public long pid() {
        return process.pid();
    }

    /** @return whether the engine can still take commands */
    public boolean isAlive() {
        return state != State.DEAD && process.isAlive();
    }

    /**
     * Sends {@code setoption} after checking the value against what the engine advertised, because
     * engines such as Stockfish ignore unknown options and out-of-range values without a word.
     *
     * @param option option name, e.g. {@code Skill Level}
     * @param value value, e.g. {@code 3}
     * @throws ConfigException if the engine has no such option or the value is not allowed, naming
     *                         the allowed range or values
     * @throws EngineException if the engine has died
     * @throws InterruptedException if the engine was ended by SIGHUP, SIGINT or SIGTERM (the run is being stopped)
     *                              or the calling thread is interrupted
     */
    public void setOption(String option, String value) throws EngineException, InterruptedException {
        UciOption advertised = options.get(option);
        if (advertised == null) {
            throw new ConfigException(name + " has no option '" + option + "'; it has: "
                    + String.join(", ", options.keySet()));
        }
        Optional<String> problem = advertised.problem(value);
        if (problem.isPresent()) {
            throw new ConfigException(name + " option '" + advertised.name() + "' value " + problem.get()
                    + " (the engine would ignore it silently)");
        }
        String text = advertised.type() == UciOption.Type.BUTTON ? "setoption name " + advertised.name()
                : "setoption name " + advertised.name() + " value " + value.strip();
        if (!send(text)) {
            throw new EngineException("engine " + crashed("while setting options").detail());
        }
    }

    /**
     * Sends {@code isready} and waits for {@code readyok}, discarding whatever the engine sends before it.
     *
     * @return a fault if the engine died or did not answer within {@code timeouts.readyMs}
     * @throws InterruptedException if the calling thread is interrupted while waiting, or the engine was ended by
     *                              SIGHUP, SIGINT or SIGTERM: the run is being stopped and the game must be abandoned
     */
    public Optional<EngineReply.Fault> ready() throws InterruptedException {
        if (!send("isready")) {
            return Optional.of(crashed("when sent 'isready'"));
        }
        return awaitReadyOk("'isready'");
    }

    /** Waits for {@code readyok}, discarding every line before it; a fault if the engine died or stalled. */
    private Optional<EngineReply.Fault> awaitReadyOk(String when) throws InterruptedException {
        long deadline = deadline(timeouts.readyMs());
        while (true) {
            LineChannel.Read read = next(deadline);
            if (read instanceof LineChannel.Eof) {
                return Optional.of(crashed("after " + when));
            }
            if (read instanceof LineChannel.TimedOut) {
                String detail = name + " sent no 'readyok' within " + timeouts.readyMs() + " ms (timeouts.readyMs)"
                        + " after " + when;
                kill("timed out: " + detail);
                return Optional.of(new EngineReply.Fault(EngineFault.TIMED_OUT, detail));
            }
            if (UciParser.parse(((LineChannel.Line) read).text()) instanceof UciMessage.ReadyOk) {
                return Optional.empty();
            }
        }
    }

    /**
     * Starts a new game: {@code ucinewgame} then {@code isready}.
     *
     * @return a fault if the engine died or stalled
     * @throws InterruptedException as {@link #ready()}
     */
    public Optional<EngineReply.Fault> newGame() throws InterruptedException {
        return send("ucinewgame") ? ready() : Optional.of(crashed("when sent 'ucinewgame'"));
    }

    /**
     * Searches the position reached from the start by {@code movesUci}: sends {@code isready}, {@code position} and
     * {@code go}, drops what the engine sends before {@code readyok} (stale output of an earlier search), and waits
     * for {@code bestmove} for at most {@link EngineTimeouts#moveTimeoutMs}; then sends {@code stop} and waits
     * {@code timeouts.stopMs} more. An engine that answers neither is killed.
     *
     * @param movesUci the game so far in UCI notation
     * @param limit how long to search
     * @return the engine's move (not yet checked for legality; {@code (none)} or {@code 0000} if it claims to have
     *         none), or a fault
     * @throws InterruptedException as {@link #ready()}
     */
    public EngineReply go(List<String> movesUci, EngineLimit limit) throws InterruptedException {
        if (state != State.IDLE) {
            return new EngineReply.Fault(EngineFault.CRASHED, name + " is " + state.name().toLowerCase()
                    + " and cannot search");
        }
        String position = movesUci.isEmpty() ? "position startpos" : "position startpos moves " + String.join(" ", movesUci);
        String when = "'" + limit.goCommand() + "' at ply " + movesUci.size();
        // isready, position and go in one write: the engine answers readyok before any line of the new search, so
        // whatever comes before readyok is stale, and the sync costs no extra round trip
        if (!send("isready") || !send(position) || !send(limit.goCommand())) {
            return crashed("when sent " + when);
        }
        state = State.THINKING;
        Optional<EngineReply.Fault> unready = awaitReadyOk("'isready' before " + when);
        if (unready.isPresent()) {
            return unready.get();
        }
        lastInfo = Optional.empty();
        long timeoutMs = timeouts.moveTimeoutMs(limit);
        Optional<EngineReply> reply = awaitBestMove(deadline(timeoutMs), when);
        if (reply.isPresent()) {
            return reply.get();
        }
        if (!send("stop")) {
            return crashed("when sent 'stop' after " + when);
        }
        reply = awaitBestMove(deadline(timeouts.stopMs()), "'stop' after " + when);
        if (reply.isPresent()) {
            return reply.get();
        }
        String detail = name + " sent no bestmove within " + timeoutMs + " ms after " + when + ", nor within "
                + timeouts.stopMs() + " ms after 'stop'";
        kill("timed out: " + detail);
        return new EngineReply.Fault(EngineFault.TIMED_OUT, detail);
    }

    /** @return the move or a crash, or empty if the deadline passed first */
    private Optional<EngineReply> awaitBestMove(long deadline, String when) throws InterruptedException {
        while (true) {
            LineChannel.Read read = next(deadline);
            if (read instanceof LineChannel.Eof) {
                return Optional.of(crashed("after " + when));
            }
            if (read instanceof LineChannel.TimedOut) {
                return Optional.empty();
            }
            UciMessage message = UciParser.parse(((LineChannel.Line) read).text());
            if (message instanceof UciMessage.BestMove best) {
                state = State.IDLE;
                return Optional.of(new EngineReply.Move(best.move(), lastInfo));
            }
            if (message instanceof UciMessage.Info info && info.depth() != null) {
                lastInfo = Optional.of(info);
            }
        }
    }

    /**
     * Sends {@code stop} if searching and {@code quit}, waits up to {@code timeouts.quitMs} for the process to exit,
     * then kills it.
     */
    @Override
    public void close() {
        if (process.isAlive() && state != State.DEAD) {
            if (state == State.THINKING) { // e.g. a stopped run: ask the search to end before quitting
                send("stop");
            }
            send("quit");
            try {
                process.waitFor(timeouts.quitMs(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill(state == State.DEAD ? "closed" : "quit");
    }

    private LineChannel.Read next(long deadline) throws InterruptedException {
        LineChannel.Read read = fromEngine.next(deadline);
        if (read instanceof LineChannel.Line line) {
            transcript.received(line.text());
        }
        return read;
    }

    private static long deadline(long ms) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    }

    /** @return whether the line was written; false once the engine is dead or its input pipe is broken */
    private boolean send(String line) {
        if (state == State.DEAD) {
            return false;
        }
        transcript.sent(line);
        try {
            toEngine.write(line);
            toEngine.write('\n');
            toEngine.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Marks the engine dead and describes how it ended, waiting briefly for the exit status, with its last stderr
     * lines; the traffic tail goes to the log.
     *
     * @throws InterruptedException if a stop signal ended it or the thread is interrupted: the game must not be scored
     */
    private EngineReply.Fault crashed(String when) throws InterruptedException {
        state = State.DEAD;
        if (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            String detail = name + " closed its output " + when;
            kill("crashed: " + detail);
            return new EngineReply.Fault(EngineFault.CRASHED, detail + transcript.stderrTail());
        }
        int code = process.exitValue();
        String signal = STOP_SIGNALS.get(code);
        if (signal != null) {
            transcript.dump("stopped by " + signal + " (exit code " + code + ") " + when);
            throw new InterruptedException(name + " was stopped by " + signal + " (exit code " + code + ") " + when
                    + "; the run is being stopped and the game is abandoned");
        }
        String detail = name + " exited with code " + code + " " + when + transcript.stderrTail();
        transcript.dump("crashed: " + detail);
        return new EngineReply.Fault(EngineFault.CRASHED, detail);
    }

    /** Kills the process (if it still runs) and writes {@code event} with the traffic tail to the log. */
    private void kill(String event) {
        state = State.DEAD;
        process.destroyForcibly();
        try {
            toEngine.close();
        } catch (IOException e) {
            // the pipe is already broken; nothing left to release
        }
        transcript.dump(event);
    }
}
