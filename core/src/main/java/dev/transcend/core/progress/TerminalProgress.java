package dev.transcend.core.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.text.DecimalFormat;
import java.time.Duration;

/** {@link Progress} as a progress bar redrawn on the terminal (me.tongfei progressbar, ASCII, twice a second). */
public final class TerminalProgress implements Progress {

    private final ProgressBar bar;

    TerminalProgress(String task, long done, long total, ProgressUnit unit) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).startsFrom(done, Duration.ZERO)
                .setUnit(" " + unit.name(), unit.scale());
        if (unit.scale() > 1) {
            builder.showSpeed(new DecimalFormat("0.0"));
        }
        this.bar = builder.build();
    }

    @Override
    public synchronized void step(long n) {
        bar.stepBy(n);
    }

    @Override
    public synchronized void stepTo(long done) {
        bar.stepTo(done);
    }

    @Override
    public synchronized void note(String message) {
        bar.setExtraMessage(message.isEmpty() ? "" : " " + message);
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
