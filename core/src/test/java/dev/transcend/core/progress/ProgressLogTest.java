package dev.transcend.core.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The log rendering on a clock the test moves by hand: which lines appear, and what they say. */
class ProgressLogTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1000 * SECOND);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aStartLineProgressLinesAtMostEveryThirtySecondsAndAnEndLineWithTheElapsedTime() {
        ProgressLog log = ProgressLog.onClock("play", 0, 120, ProgressUnit.of("games"), out, now::get);
        assertEquals(List.of("[play] started: 0/120 games"), lines());

        now.addAndGet(10 * SECOND);
        log.step(10);
        assertEquals(1, lines().size(), "no line before 30 seconds");

        now.addAndGet(20 * SECOND);
        log.step(20); // 30 games in 30 s
        assertEquals("[play] 30/120 games (25.0%), 1.00 games/s, ETA 0:01:30, elapsed 0:00:30", lines().get(1));

        now.addAndGet(5 * SECOND);
        log.step(1);
        assertEquals(2, lines().size(), "30 seconds since the last line, not since the start");

        now.addAndGet(90 * SECOND);
        log.stepTo(120);
        log.close();
        log.close();
        assertEquals(List.of("[play] started: 0/120 games",
                "[play] 30/120 games (25.0%), 1.00 games/s, ETA 0:01:30, elapsed 0:00:30",
                "[play] 120/120 games (100.0%), 0.96 games/s, ETA 0:00:00, elapsed 0:02:05",
                "[play] finished: 120/120 games in 0:02:05 (0.96 games/s)"), lines());
    }

    @Test
    void aStalledStageStillGetsALineWhenTheTickerChecks() {
        ProgressLog log = ProgressLog.onClock("train", 0, 400, ProgressUnit.of("steps"), out, now::get);
        now.addAndGet(29 * SECOND);
        log.tick();
        assertEquals(1, lines().size());
        now.addAndGet(31 * SECOND);
        log.tick();
        assertEquals("[train] 0/400 steps (0.0%), 0.00 steps/s, ETA ?, elapsed 0:01:00", lines().get(1));
    }

    @Test
    void aResumedStageCountsOnlyThisRunsWorkInItsRateAndShowsItsNote() {
        ProgressLog log = ProgressLog.onClock("prepare", 100L << 20, 400L << 20, ProgressUnit.MIB, out, now::get);
        log.note("loss 3.214");
        now.addAndGet(40 * SECOND);
        log.stepTo(200L << 20); // 100 MiB in 40 s
        log.close();
        assertEquals(List.of("[prepare] started: 100.0/400.0 MiB",
                "[prepare] 200.0/400.0 MiB (50.0%), 2.50 MiB/s, ETA 0:01:20, elapsed 0:00:40, loss 3.214",
                "[prepare] finished: 200.0/400.0 MiB in 0:00:40 (2.50 MiB/s), loss 3.214"), lines());
    }

    @Test
    void anUnknownTotalShowsTheWorkDoneAndTheRateWithoutShareOrEta() {
        ProgressLog log = ProgressLog.onClock("prepare", 0, Progress.UNKNOWN_TOTAL, ProgressUnit.MIB, out, now::get);
        now.addAndGet(40 * SECOND);
        log.stepTo(100L << 20); // standard input: 100 MiB in 40 s
        log.close();
        assertEquals(List.of("[prepare] started: 0.0 MiB",
                "[prepare] 100.0 MiB, 2.50 MiB/s, elapsed 0:00:40",
                "[prepare] finished: 100.0 MiB in 0:00:40 (2.50 MiB/s)"), lines());
    }

    @Test
    void aDisabledProgressWritesNothing() {
        try (Progress progress = Progress.start("rate", 0, 1, ProgressUnit.of("stages"), false)) {
            progress.step(1);
            assertEquals(Progress.Silent.class, progress.getClass());
        }
    }
}
