package dev.transcend.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --no-progress} flag shared by commands that show progress bars. Bars are drawn only on a
 * terminal: redrawn with carriage returns and colours, they would fill a log file with noise.
 */
public final class ProgressOption {

    @Option(names = "--no-progress", description = "Do not draw progress bars (they are off anyway when output is not a terminal).")
    private boolean noProgress;

    /** @return whether to draw progress bars */
    public boolean enabled() {
        return !noProgress && System.console() != null;
    }
}
