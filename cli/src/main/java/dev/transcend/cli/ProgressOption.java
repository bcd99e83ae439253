package dev.transcend.cli;

import picocli.CommandLine.Option;

/** The {@code --no-progress} flag shared by commands that show progress bars. */
public final class ProgressOption {

    @Option(names = "--no-progress", description = "Do not draw progress bars (e.g. in logs).")
    private boolean noProgress;

    /** @return whether to draw progress bars */
    public boolean enabled() {
        return !noProgress;
    }
}
