package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.dataprep.filter.GameFilter;
import dev.transcend.dataprep.filter.Verdict;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs {@link GameFilter#screen} (which replays every move through the rules, most of the cost of
 * preparing a dataset) on several threads, while the calling thread reads input and receives the
 * verdicts strictly in input order: the dataset is the same whatever the number of threads.
 * Records travel in batches of {@value #BATCH}; at most two batches per thread are in flight, which
 * bounds memory.
 */
final class ScreeningPool implements AutoCloseable {

    /** Receives each record with its verdict, in input order; the verdict is null for a skipped record. */
    @FunctionalInterface
    interface Receiver {
        void accept(GameRecord record, Verdict verdict) throws IOException;
    }

    static final int BATCH = 256;

    private record Batch(List<GameRecord> records, Future<List<Verdict>> verdicts) {
    }

    private final GameFilter filter;
    private final Receiver receiver;
    private final ExecutorService executor;
    private final int maxInFlight;
    private final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    private List<GameRecord> filling = new ArrayList<>(BATCH);

    /**
     * @param filter the filter to run
     * @param threads worker threads, at least 1
     * @param receiver called on the caller's thread, in input order
     */
    ScreeningPool(GameFilter filter, int threads, Receiver receiver) {
        this.filter = filter;
        this.receiver = receiver;
        this.maxInFlight = 2 * threads;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "prepare-screen");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a record; may deliver earlier records to the receiver. */
    void add(GameRecord record) throws IOException {
        filling.add(record);
        if (filling.size() >= BATCH) {
            submit();
        }
    }

    /** Delivers every queued record to the receiver. */
    void drain() throws IOException {
        if (!filling.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void submit() throws IOException {
        List<GameRecord> records = filling;
        filling = new ArrayList<>(BATCH);
        inFlight.add(new Batch(records, executor.submit(() -> records.stream().map(this::screen).toList())));
        while (inFlight.size() > maxInFlight) {
            deliver(inFlight.poll());
        }
    }

    private void deliver(Batch batch) throws IOException {
        List<Verdict> verdicts;
        try {
            verdicts = batch.verdicts().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while preparing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("screening failed", e.getCause());
        }
        for (int i = 0; i < verdicts.size(); i++) {
            receiver.accept(batch.records().get(i), verdicts.get(i));
        }
    }

    /** Stream.toList() accepts nulls, which stand for skipped records. */
    private Verdict screen(GameRecord record) {
        if (!(record instanceof ParsedGame game)) {
            return null;
        }
        try {
            return filter.screen(game);
        } catch (RuntimeException e) {
            // a bug must not end a multi-hour run; the game is logged with its line so it can be reproduced
            return new Verdict.Drop(DropReason.MALFORMED, game.line(), "internal error: " + e, Optional.empty());
        }
    }
}
