package dev.transcend.model.train;

import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** One invocation of the trainer, from a start state to {@code settings.steps()}. */
final class TrainingLoop {

    private final TrainingData data;
    private final GptConfig model;
    private final TrainSettings settings;
    private final Path outDir;
    private final SameDiff sd;
    private final BatchSampler sampler;
    private final WarmupCosineSchedule schedule;
    private final String backend;

    private int step;
    private long tokensSeen;
    private Double validationLoss;
    private Double bestValidationLoss;
    private final double elapsedBefore;
    private final long startNanos = System.nanoTime();
    private Double trainLoss;
    private long tokensThisRun;
    private double fitSeconds;
    private long validationTokens;

    TrainingLoop(TrainingData data, GptConfig model, TrainSettings settings, Path outDir, SameDiff sd,
                 Trainer.State start) {
        this.data = data;
        this.model = model;
        this.settings = settings;
        this.outDir = outDir;
        this.sd = sd;
        this.sampler = new BatchSampler(data.train(), settings.batchSize(), model.contextLength(), settings.seed());
        this.schedule = settings.schedule();
        this.backend = Nd4jBackend.describe();
        this.step = start.step();
        this.tokensSeen = start.tokensSeen();
        this.validationLoss = start.validationLoss();
        this.bestValidationLoss = start.bestValidationLoss();
        this.elapsedBefore = start.elapsedSeconds();
    }

    TrainSummary run(boolean progress) throws IOException {
        Gpt.prepareGradients(sd);
        ValidationSet validation = new ValidationSet(data.validation(), settings.evalBatches(), settings.batchSize(),
                model.contextLength());
        validationTokens = validation.targetTokens();
        try (TrainLog log = TrainLog.open(outDir.resolve(TrainLog.FILE_NAME), step);
             ProgressBar bar = progress ? progressBar() : null) {
            while (step < settings.steps()) {
                double tokensPerSecond = trainUntil(chunkEnd(), bar);
                Double measured = due(settings.evalEvery()) ? evaluate(validation) : null;
                log.append(step, schedule.valueAt(step - 1, 0), trainLoss, measured, tokensPerSecond, elapsed());
                if (bar != null) {
                    bar.stepTo(step);
                    bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3f val %s %,.0f tok/s", trainLoss,
                            validationLoss == null ? "-" : String.format(Locale.ROOT, "%.3f", validationLoss),
                            tokensPerSecond));
                }
                if (due(settings.checkpointEvery())) {
                    saveCheckpoint();
                }
            }
        }
        return summary();
    }

    /**
     * Measures the training loss on the batch of the current step (SameDiff's {@code fit} reports
     * none), then trains on the batches of steps [step, end) in one {@code fit} call.
     *
     * @return target tokens per second during {@code fit}
     */
    private double trainUntil(int end, ProgressBar bar) {
        int from = step;
        Batch first = sampler.batch(from);
        trainLoss = sd.output(first.placeholders(), Gpt.LOSS).get(Gpt.LOSS).getDouble(0);
        long[] tokens = {0};
        long started = System.nanoTime();
        sd.fit(new BatchIterator(from, end, at -> {
            Batch batch = at == from ? first : sampler.batch(at);
            tokens[0] += batch.targetTokens();
            return batch.dataSet();
        }), 1, new ProgressListener(bar));
        double seconds = (System.nanoTime() - started) / 1e9;
        fitSeconds += seconds;
        tokensThisRun += tokens[0];
        tokensSeen += tokens[0];
        step = end;
        return tokens[0] / seconds;
    }

    private double evaluate(ValidationSet validation) {
        double loss = validation.loss(sd);
        validationLoss = loss;
        bestValidationLoss = bestValidationLoss == null ? loss : Math.min(bestValidationLoss, loss);
        return loss;
    }

    /** @return whether the current step is a multiple of {@code every} or the last one */
    private boolean due(int every) {
        return step % every == 0 || step == settings.steps();
    }

    /** The next step at which something is logged, evaluated or saved. */
    private int chunkEnd() {
        int end = settings.steps();
        for (int every : new int[] {settings.logEvery(), settings.evalEvery(), settings.checkpointEvery()}) {
            end = Math.min(end, (step / every + 1) * every);
        }
        return end;
    }

    private void saveCheckpoint() throws IOException {
        Trainer.State state = new Trainer.State(step, tokensSeen, validationLoss, bestValidationLoss, elapsed());
        Path checkpointDir = outDir.resolve(Trainer.CHECKPOINT_DIR);
        Checkpoint.save(sd, Trainer.checkpointInfo(model, settings, data, state, backend), checkpointDir);
        List<FileEntry> outputs = List.of(
                FileEntry.of(outDir.resolve(TrainLog.FILE_NAME), TrainLog.FILE_NAME),
                FileEntry.of(checkpointDir.resolve(Checkpoint.INFO_FILE), Trainer.CHECKPOINT_DIR + "/" + Checkpoint.INFO_FILE),
                FileEntry.of(checkpointDir.resolve(Checkpoint.MODEL_FILE), Trainer.CHECKPOINT_DIR + "/" + Checkpoint.MODEL_FILE));
        Manifest.of("train", data.inputs(), new RunSettings(data.dir().toString(), model, settings), summary(), outputs)
                .writeTo(outDir);
    }

    private TrainSummary summary() {
        return new TrainSummary(step, tokensSeen, trainLoss, validationLoss, bestValidationLoss, validationTokens,
                elapsed(), fitSeconds > 0 ? tokensThisRun / fitSeconds : 0, model.parameterCount(), backend,
                outDir.resolve(Trainer.CHECKPOINT_DIR).toString());
    }

    private double elapsed() {
        return elapsedBefore + (System.nanoTime() - startNanos) / 1e9;
    }

    private ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("train").setInitialMax(settings.steps())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .startsFrom(step, Duration.ZERO).build();
    }

    /** The manifest's settings: the dataset folder and the resolved model and training configuration. */
    record RunSettings(String dataset, GptConfig model, TrainSettings train) {
    }

    /** Advances the progress bar after every optimizer step. */
    private static final class ProgressListener extends BaseListener {
        private final ProgressBar bar;

        ProgressListener(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public boolean isActive(Operation operation) {
            return bar != null && operation == Operation.TRAINING;
        }

        @Override
        public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
            bar.step();
        }
    }
}
