package dev.transcend.core.progress;

/**
 * A stage's progress through a known amount of work (bytes read, steps trained, games played): started with
 * {@link #start}, advanced with {@link #step}/{@link #stepTo}, finished with {@link #close}. Two renderings:
 * the terminal's progress bar ({@link TerminalProgress}) when the output is a terminal, and plain log lines
 * ({@link ProgressLog}: a start line, a line at least every 30 seconds with done/total, rate and ETA (done and rate
 * alone for an {@link #UNKNOWN_TOTAL unknown total}), and an
 * end line with the elapsed time) when it is a file or a pipe, so {@code transcend run ... > run.log 2>&1}
 * can be followed. Safe to advance from several threads.
 */
public sealed interface Progress extends AutoCloseable permits TerminalProgress, ProgressLog, Progress.Silent {

    /** A {@code total} for work of unknown size, e.g. bytes read from standard input. */
    long UNKNOWN_TOTAL = -1;

    /**
     * Starts reporting a stage's progress on standard error.
     *
     * @param task the stage, e.g. {@code prepare}
     * @param done work already done (a resumed run), in {@code unit}s
     * @param total all the work, in {@code unit}s, or {@link #UNKNOWN_TOTAL} when it is not known (standard input):
     *              the work done and the rate are shown without a share or an ETA
     * @param unit what is counted
     * @param enabled false for no output at all (tests, {@code --no-progress})
     * @return a progress bar when standard output is a terminal ({@link System#console()}), log lines otherwise
     */
    static Progress start(String task, long done, long total, ProgressUnit unit, boolean enabled) {
        if (!enabled) {
            return new Silent();
        }
        return System.console() != null
                ? new TerminalProgress(task, done, total, unit)
                : ProgressLog.start(task, done, total, unit, System.err);
    }

    /** @return a progress that shows nothing */
    static Progress none() {
        return new Silent();
    }

    /** @param n more units done */
    void step(long n);

    /** @param done units done in all (never less than before) */
    void stepTo(long done);

    /** @param message shown after the counts from now on, e.g. {@code loss 3.214}; empty for none */
    void note(String message);

    /** Finishes: the bar is completed, the log gets its end line. */
    @Override
    void close();

    /** Shows nothing. */
    final class Silent implements Progress {

        @Override
        public void step(long n) {
        }

        @Override
        public void stepTo(long done) {
        }

        @Override
        public void note(String message) {
        }

        @Override
        public void close() {
        }
    }
}
