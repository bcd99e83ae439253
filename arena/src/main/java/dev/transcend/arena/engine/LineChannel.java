package dev.transcend.arena.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An engine's output as a queue of lines filled by a daemon thread, so that every read can give up
 * after a timeout instead of blocking forever on a stalled process.
 */
final class LineChannel {

    /** Result of one read. */
    sealed interface Read {
    }

    record Line(String text) implements Read {
    }

    record Eof() implements Read {
    }

    record TimedOut() implements Read {
    }

    private static final Read EOF = new Eof();
    private static final Read TIMED_OUT = new TimedOut();

    private final BlockingQueue<Read> queue = new LinkedBlockingQueue<>();
    private volatile boolean ended;

    LineChannel(InputStream in, String threadName) {
        Thread reader = new Thread(() -> pump(in), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param deadlineNanos {@link System#nanoTime()} value after which to give up
     * @return the next line, end of stream, or a timeout
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    Read next(long deadlineNanos) throws InterruptedException {
        if (ended && queue.isEmpty()) {
            return EOF;
        }
        long wait = deadlineNanos - System.nanoTime();
        Read read = queue.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
        if (read == null) {
            return TIMED_OUT;
        }
        if (read == EOF) {
            queue.offer(EOF); // stays at end of stream for later reads
        }
        return read;
    }

    private void pump(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                queue.offer(new Line(line));
            }
        } catch (IOException e) {
            // a closed or broken pipe is the end of the stream for the protocol
        } finally {
            ended = true;
            queue.offer(EOF);
        }
    }
}
