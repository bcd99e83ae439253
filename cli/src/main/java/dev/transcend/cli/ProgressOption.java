package dev.transcend.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --no-progress} flag shared by every command. Progress goes to standard error: a bar redrawn on a
 * terminal, and plain lines when the output is a file or a pipe (a bar's carriage returns would fill a log with
 * noise): a start line, a line at least every 30 seconds with done/total, rate and ETA, and an end line with the
 * elapsed time (see core's {@code progress.Progress}).
 */
public final class ProgressOption {

    @Option(names = "--no-progress", description = "Show no progress (a bar on a terminal, a log line every 30 s otherwise).")
    private boolean noProgress;

    /** @return whether to show progress */
    public boolean enabled() {
        return !noProgress;
    }
}
