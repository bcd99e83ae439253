package dev.transcend.arena.engine;

import dev.transcend.core.config.ConfigException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
 * <p>An engine ended by SIGHUP, SIGINT or SIGTERM did not crash: someone is stopping the run (Ctrl-C and
 * {@code timeout -s INT} signal the whole process group, engines included, usually before the JVM
 * notices). Every waiting method then throws {@link InterruptedException}, so the game in progress is
 * abandoned rather than scored as the engine's loss; SIGKILL (e.g. the OOM killer, exit status 137),
 * SIGSEGV (139) or any other exit stays a {@link EngineFault#CRASHED} fault.
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
    private final EngineTimeouts timeouts;
    private final Map<String, UciOption> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String name;
    private State state = State.IDLE;

    private UciEngine(String command, Process process, EngineTimeouts timeouts) {
        this.command = command;
        this.process = process;
        this.timeouts = timeouts;
        this.name = command;
        this.toEngine = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.fromEngine = new LineChannel(process.getInputStream(), "uci-" + process.pid());
    }

    /**
     * Launches the engine and completes the {@code uci} / {@code uciok} handshake.
     *
     * @param commandLine the executable and its arguments
     * @param timeouts waits before the engine counts as stalled
     * @return the engine, idle, with its advertised options
     * @throws EngineException if it cannot be launched, exits, or sends no {@code uciok} within
     *                         {@code timeouts.startMs}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static UciEngine start(List<String> commandLine, EngineTimeouts timeouts)
            throws EngineException, InterruptedException {
        String command = String.join(" ", commandLine);
        Process process;
        try {
            // stderr is not part of UCI; discarding it keeps a chatty engine from filling a pipe and blocking
            process = new ProcessBuilder(commandLine).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new EngineException("cannot start engine " + command + ": " + e.getMessage(), e);
        }
        UciEngine engine = new UciEngine(command, process, timeouts);
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
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeouts.startMs());
        while (true) {
            LineChannel.Read read = fromEngine.next(deadline);
            if (read instanceof LineChannel.Eof) {
                throw new EngineException("engine " + crashed("before answering 'uci' with 'uciok'").detail()
                        + "; is it a UCI engine?");
            }
            if (read instanceof LineChannel.TimedOut) {
                kill();
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
     * Sends {@code isready} and waits for {@code readyok}.
     *
     * @return a fault if the engine died or did not answer within {@code timeouts.readyMs}
     * @throws InterruptedException if the calling thread is interrupted while waiting, or the engine was ended by
     *                              SIGHUP, SIGINT or SIGTERM: the run is being stopped and the game must be abandoned
     */
    public Optional<EngineReply.Fault> ready() throws InterruptedException {
        if (!send("isready")) {
            return Optional.of(crashed("when sent 'isready'"));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeouts.readyMs());
        while (true) {
            LineChannel.Read read = fromEngine.next(deadline);
            if (read instanceof LineChannel.Eof) {
                return Optional.of(crashed("after 'isready'"));
            }
            if (read instanceof LineChannel.TimedOut) {
                kill();
                return Optional.of(new EngineReply.Fault(EngineFault.TIMED_OUT,
                        name + " sent no 'readyok' within " + timeouts.readyMs() + " ms (timeouts.readyMs)"));
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
     * Searches the position reached from the start by {@code movesUci} and waits for {@code bestmove}
     * for at most {@link EngineTimeouts#moveTimeoutMs}; a stalled engine is killed.
     *
     * @param movesUci the game so far in UCI notation
     * @param limit how long to search
     * @return the engine's move (not yet checked for legality), or a fault
     * @throws InterruptedException as {@link #ready()}
     */
    public EngineReply go(List<String> movesUci, EngineLimit limit) throws InterruptedException {
        if (state != State.IDLE) {
            return new EngineReply.Fault(EngineFault.CRASHED, name + " is " + state.name().toLowerCase()
                    + " and cannot search");
        }
        String position = movesUci.isEmpty() ? "position startpos" : "position startpos moves " + String.join(" ", movesUci);
        if (!send(position) || !send(limit.goCommand())) {
            return crashed("when sent '" + limit.goCommand() + "' at ply " + movesUci.size());
        }
        state = State.THINKING;
        long timeoutMs = timeouts.moveTimeoutMs(limit);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        Optional<UciMessage.Info> lastInfo = Optional.empty();
        while (true) {
            LineChannel.Read read = fromEngine.next(deadline);
            if (read instanceof LineChannel.Eof) {
                return crashed("after '" + limit.goCommand() + "' at ply " + movesUci.size());
            }
            if (read instanceof LineChannel.TimedOut) {
                kill();
                return new EngineReply.Fault(EngineFault.TIMED_OUT, name + " sent no bestmove within " + timeoutMs
                        + " ms after '" + limit.goCommand() + "' at ply " + movesUci.size());
            }
            UciMessage message = UciParser.parse(((LineChannel.Line) read).text());
            if (message instanceof UciMessage.BestMove best) {
                state = State.IDLE;
                return new EngineReply.Move(best.move(), lastInfo);
            }
            if (message instanceof UciMessage.Info info && info.depth() != null) {
                lastInfo = Optional.of(info);
            }
        }
    }

    /** Sends {@code quit}, waits up to {@code timeouts.quitMs} for the process to exit, then kills it. */
    @Override
    public void close() {
        if (process.isAlive() && state != State.DEAD) {
            send("quit");
            try {
                process.waitFor(timeouts.quitMs(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
    }

    /** @return whether the line was written; false once the engine is dead or its input pipe is broken */
    private boolean send(String line) {
        if (state == State.DEAD) {
            return false;
        }
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
     * Marks the engine dead and describes how it ended, waiting briefly for the exit status.
     *
     * @throws InterruptedException if a stop signal ended it or the thread is interrupted: the game must not be scored
     */
    private EngineReply.Fault crashed(String when) throws InterruptedException {
        state = State.DEAD;
        if (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            return new EngineReply.Fault(EngineFault.CRASHED, name + " closed its output " + when);
        }
        int code = process.exitValue();
        String signal = STOP_SIGNALS.get(code);
        if (signal != null) {
            throw new InterruptedException(name + " was stopped by " + signal + " (exit code " + code + ") " + when
                    + "; the run is being stopped and the game is abandoned");
        }
        return new EngineReply.Fault(EngineFault.CRASHED, name + " exited with code " + code + " " + when);
    }

    private void kill() {
        state = State.DEAD;
        process.destroyForcibly();
        try {
            toEngine.close();
        } catch (IOException e) {
            // the pipe is already broken; nothing left to release
        }
    }
}
