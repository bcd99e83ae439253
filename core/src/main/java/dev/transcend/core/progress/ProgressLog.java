package dev.transcend.core.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@link Progress} as plain lines for a log file:
 * <pre>
 * [prepare] started: 0/152.3 MiB
 * [prepare] 48.1/152.3 MiB (31.6%), 1.6 MiB/s, ETA 0:01:05, elapsed 0:00:30
 * [prepare] finished: 152.3/152.3 MiB in 0:01:35 (1.6 MiB/s)
 * </pre>
 * A progress line is written when work is done and at least {@link #EVERY} has passed since the last line,
 * and also without any work done (a daemon thread checks every few seconds), so a stage that stalls still
 * shows it is alive. The rate counts only this run's work (a resumed stage starts from its earlier count).
 */
public final class ProgressLog implements Progress {

    /** At most this long between two lines while a stage runs. */
    public static final Duration EVERY = Duration.ofSeconds(30);

    private final String task;
    private final long total;
    private final ProgressUnit unit;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long startDone;
    private final long startNanos;
    private final ScheduledExecutorService ticker;
    private long done;
    private long lastLineNanos;
    private String note = "";
    private boolean closed;

    /**
     * @param task the stage's name
     * @param done work already done, in {@code unit}s
     * @param total all the work, or {@link Progress#UNKNOWN_TOTAL} (lines then show the work done and the rate)
     * @param unit what is counted
     * @param out where the lines go
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass their own)
     * @param ticker checks for a due line every 5 seconds, or null for none (tests call {@link #tick})
     */
    ProgressLog(String task, long done, long total, ProgressUnit unit, PrintStream out, LongSupplier nanoClock,
                ScheduledExecutorService ticker) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.nanoClock = nanoClock;
        this.startDone = done;
        this.done = done;
        this.startNanos = nanoClock.getAsLong();
        this.lastLineNanos = startNanos;
        this.ticker = ticker;
        out.printf("[%s] started: %s %s%n", task, amount(done), unit.name());
        out.flush();
    }

    /** @return a log that writes to {@code out} on the system clock, with its ticker thread */
    static ProgressLog start(String task, long done, long total, ProgressUnit unit, PrintStream out) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress-" + task);
            thread.setDaemon(true);
            return thread;
        });
        ProgressLog log = new ProgressLog(task, done, total, unit, out, System::nanoTime, ticker);
        ticker.scheduleAtFixedRate(log::tick, 5, 5, TimeUnit.SECONDS);
        return log;
    }

    /**
     * A log on a clock of the caller's, with no ticker thread: the caller calls {@link #tick} (tests).
     */
    public static ProgressLog onClock(String task, long done, long total, ProgressUnit unit, PrintStream out,
                                      LongSupplier nanoClock) {
        return new ProgressLog(task, done, total, unit, out, nanoClock, null);
    }

    @Override
    public synchronized void step(long n) {
        done += n;
        tick();
    }

    @Override
    public synchronized void stepTo(long to) {
        done = Math.max(done, to);
        tick();
    }

    @Override
    public synchronized void note(String message) {
        note = message;
    }

    /** Writes a progress line if {@link #EVERY} has passed since the last line. */
    public synchronized void tick() {
        long now = nanoClock.getAsLong();
        if (closed || now - lastLineNanos < EVERY.toNanos()) {
            return;
        }
        lastLineNanos = now;
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? (done - startDone) / seconds : 0;
        String elapsed = clock(Duration.ofNanos(now - startNanos));
        if (total < 0) {
            out.printf(Locale.ROOT, "[%s] %s %s, %s %s/s, elapsed %s%s%n", task, unit.format(done), unit.name(),
                    unit.formatRate(rate), unit.name(), elapsed, note.isEmpty() ? "" : ", " + note);
            out.flush();
            return;
        }
        String eta = rate > 0 ? clock(Duration.ofSeconds(Math.round((total - done) / rate))) : "?";
        out.printf(Locale.ROOT, "[%s] %s/%s %s (%.1f%%), %s %s/s, ETA %s, elapsed %s%s%n", task, unit.format(done),
                unit.format(total), unit.name(), total > 0 ? 100.0 * done / total : 100.0, unit.formatRate(rate),
                unit.name(), eta, elapsed, note.isEmpty() ? "" : ", " + note);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        long elapsed = nanoClock.getAsLong() - startNanos;
        double rate = elapsed > 0 ? (done - startDone) / (elapsed / 1e9) : 0;
        out.printf(Locale.ROOT, "[%s] finished: %s %s in %s (%s %s/s)%s%n", task, amount(done), unit.name(), clock(Duration.ofNanos(elapsed)), unit.formatRate(rate), unit.name(),
                note.isEmpty() ? "" : ", " + note);
        out.flush();
    }

    /** @return {@code done/total}, or {@code done} alone when the total is {@link Progress#UNKNOWN_TOTAL unknown} */
    private String amount(long done) {
        return total < 0 ? unit.format(done) : unit.format(done) + "/" + unit.format(total);
    }

    /** @return {@code h:mm:ss} */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
