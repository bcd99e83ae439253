package dev.transcend.arena;

import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineLocator;
import dev.transcend.arena.engine.EngineTimeouts;
import dev.transcend.arena.player.EngineSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signals a real engine process mid-search from outside, as Ctrl-C (SIGINT to the whole process group),
 * {@code timeout} (SIGTERM) or the OOM killer (SIGKILL) would, with {@code kill(1)}.
 */
public final class EngineSignals {

    /** CPU time after which an engine of {@link #searching} is surely past its handshake and searching. */
    private static final Duration SEARCHING = Duration.ofMillis(500);

    private EngineSignals() {
    }

    /**
     * An engine whose first move takes minutes: a node budget no test machine spends quickly, and a move timeout
     * longer still, so that a signal always arrives mid-game, mid-search.
     *
     * @param name player name
     * @param command {@code stockfish} or {@code fairy-stockfish}
     * @param stopSignalsReset whether to start it through {@code env --default-signal=INT}: a shell that starts a
     *                         command in the background (CI runners, {@code mvn ... &}) makes it ignore SIGINT, and
     *                         children inherit that, so without the reset a Ctrl-C test would depend on how Maven
     *                         was started
     */
    public static EngineSpec searching(String name, String command, boolean stopSignalsReset) throws Exception {
        String path = EngineLocator.locate(command).toString();
        String executable = stopSignalsReset ? "env" : path;
        List<String> args = stopSignalsReset ? List.of("--default-signal=INT", path) : List.of();
        return new EngineSpec(name, 1500, false, "test opponent", executable, args, Map.of(),
                EngineLimit.nodes(2_000_000_000L), new EngineTimeouts(null, null, 600_000L, null));
    }

    /**
     * Starts a daemon thread that waits until a child process of this JVM whose executable contains
     * {@code command} has used {@link #SEARCHING} of CPU, then sends it {@code signal}.
     *
     * @param command part of the executable path, e.g. {@code stockfish}
     * @param signal a {@code kill(1)} signal name, e.g. {@code INT}, {@code TERM}, {@code KILL}
     * @return the thread; close it when the test ends, so it cannot signal a later test's engine
     */
    public static Killer killWhenSearching(String command, String signal) {
        Killer killer = new Killer(command, signal);
        killer.setDaemon(true);
        killer.start();
        return killer;
    }

    /** The thread that sends the signal. */
    public static final class Killer extends Thread implements AutoCloseable {
        private final String command;
        private final String signal;
        private final AtomicReference<String> outcome = new AtomicReference<>("not sent");

        private Killer(String command, String signal) {
            super("kill-" + signal);
            this.command = command;
            this.signal = signal;
        }

        /** @return what happened, e.g. {@code sent INT to 1234} */
        public String outcome() {
            return outcome.get();
        }

        /** Stops waiting (if it still is) and waits for the thread to end. */
        @Override
        public void close() throws InterruptedException {
            interrupt();
            join();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Optional<ProcessHandle> engine = ProcessHandle.current().descendants()
                            .filter(p -> p.info().command().orElse("").contains(command))
                            .filter(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).compareTo(SEARCHING) >= 0)
                            .findFirst();
                    if (engine.isPresent()) {
                        List<String> kill = new ArrayList<>(List.of("kill", "-" + signal,
                                Long.toString(engine.get().pid())));
                        int code = new ProcessBuilder(kill).inheritIO().start().waitFor();
                        outcome.set(code == 0 ? "sent " + signal + " to " + engine.get().pid() : "kill exited " + code);
                        return;
                    }
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                // the test is over
            } catch (Exception e) {
                outcome.set(e.toString());
            }
        }
    }
}
