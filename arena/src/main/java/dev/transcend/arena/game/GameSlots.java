package dev.transcend.arena.game;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs (games) on a fixed number of slots (after cutechess's game manager): each slot is a
 * thread with its own state, typically its own {@code Player} instances opened from recipes, that
 * takes the next job from a shared queue until none is left. The first failure of any slot stops
 * all of them and is rethrown; an interrupt stops them too, abandoning the games in progress.
 *
 * <p>A JVM shutdown (Ctrl-C, SIGTERM) is a stop request as well: while jobs run, a shutdown hook interrupts
 * the slots and gives them a few seconds to abandon their games and close their engines, so a game that a
 * stop cut short is never recorded with a made-up result.
 */
public final class GameSlots {

    /** Per-slot state, e.g. the players a slot has opened; closed when the slot ends. */
    public interface Slot<J> extends AutoCloseable {
        /** Plays one job. */
        void run(J job) throws IOException, InterruptedException;

        @Override
        void close();
    }

    /** Makes the state of a new slot. */
    @FunctionalInterface
    public interface SlotFactory<J> {
        Slot<J> create(int slotIndex);
    }

    private GameSlots() {
    }

    /**
     * @param jobs jobs in the order they should start
     * @param slots number of slots (threads), at least 1
     * @param factory makes each slot's state
     * @throws IOException the first I/O failure of a slot (e.g. an engine that will not start)
     * @throws InterruptedException if the calling thread is interrupted, a slot was stopped (an engine ended by a
     *                              stop signal) or the JVM is shutting down; the slots are stopped first
     */
    public static <J> void run(List<J> jobs, int slots, SlotFactory<J> factory) throws IOException, InterruptedException {
        Queue<J> queue = new ConcurrentLinkedQueue<>(jobs);
        int threads = Math.max(1, Math.min(slots, jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "game-slot");
            t.setDaemon(true);
            return t;
        });
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                try (Slot<J> slot = factory.create(index)) {
                    J job;
                    while ((job = queue.poll()) != null) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                        slot.run(job);
                    }
                }
                return null;
            }));
        }
        Thread stopOnShutdown = new Thread(() -> {
            queue.clear();
            stop(pool);
        }, "transcend-stop");
        try {
            Runtime.getRuntime().addShutdownHook(stopOnShutdown);
        } catch (IllegalStateException e) {
            queue.clear();
            stop(pool);
            throw new InterruptedException("the JVM is shutting down");
        }
        try {
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            queue.clear();
            stop(pool);
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException ie) {
                throw ie;
            }
            if (cause instanceof ClosedByInterruptException) { // a stop arrived while a finished game was written
                throw new InterruptedException("stopped while writing a game: " + cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("game slot failed", cause);
        } catch (InterruptedException e) {
            queue.clear();
            stop(pool);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnShutdown);
            } catch (IllegalStateException e) {
                // the JVM is shutting down and the hook is stopping the slots
            }
        }
        pool.shutdown();
    }

    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            // slots close their engines on the way out; give them the time a quit takes
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
