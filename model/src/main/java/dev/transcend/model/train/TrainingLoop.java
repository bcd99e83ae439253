package dev.transcend.model.train;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.training.TrainingDiagnostics;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final boolean resumed;
    private final int startStep;
    private Integer lastCheckpoint;
    private final long startNanos = System.nanoTime();
    private int lossCacheStep = -1;
    private double lossCache;
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
        this.resumed = start.resumed();
        this.startStep = start.step();
        this.lastCheckpoint = start.resumed() ? start.step() : null;
    }

    TrainSummary run(boolean progress) throws IOException {
        Gpt.prepareGradients(sd);
        ValidationSet validation = new ValidationSet(data.validation(), settings.evalBatches(), settings.batchSize(),
                model.contextLength());
        validationTokens = validation.targetTokens();
        try (TrainLog log = TrainLog.open(outDir.resolve(TrainLog.FILE_NAME), step);
             Progress bar = Progress.start("train", step, settings.steps(), ProgressUnit.of("steps"), progress)) {
            while (step < settings.steps()) {
                double tokensPerSecond = trainUntil(chunkEnd(), bar);
                Double measured = due(settings.evalEvery()) ? evaluate(validation) : null;
                if (measured != null && step == settings.steps()) {
                    writeDiagnostics(validation);
                }
                log.append(step, schedule.valueAt(step - 1, 0), trainLoss, measured, tokensPerSecond, elapsed());
                bar.note(String.format(Locale.ROOT, "loss %.3f val %s %,.0f tok/s", trainLoss,
                        validationLoss == null ? "-" : String.format(Locale.ROOT, "%.3f", validationLoss),
                        tokensPerSecond));
                bar.stepTo(step);
                if (due(settings.checkpointEvery())) {
                    requireFiniteBeforeSaving(measured != null);
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
     * @throws TrainingDivergedException if the measured loss is not finite
     */
    private double trainUntil(int end, Progress bar) {
        int from = step;
        Batch first = sampler.batch(from);
        trainLoss = trainingLoss(from, first);
        if (!Double.isFinite(trainLoss)) {
            throw diverged("the training loss is " + trainLoss, trainLoss);
        }
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

    /** @return the loss of the batch of {@code at} before it is trained on; measured once per step */
    private double trainingLoss(int at, Batch batch) {
        if (lossCacheStep != at) {
            lossCache = sd.output(batch.placeholders(), Gpt.LOSS).get(Gpt.LOSS).getDouble(0);
            lossCacheStep = at;
        }
        return lossCache;
    }

    /**
     * A checkpoint must never hold a diverged model: unless the validation loss was just measured, the
     * training loss of the next batch is (the next {@code fit} chunk reuses it), and every weight must be finite.
     */
    private void requireFiniteBeforeSaving(boolean validated) {
        if (!validated) {
            double loss = trainingLoss(step, sampler.batch(step));
            if (!Double.isFinite(loss)) {
                throw diverged("the training loss is " + loss, loss);
            }
        }
        Gpt.firstNonFiniteWeight(sd).ifPresent(name -> {
            throw diverged("weight '" + name + "' is NaN or infinite", Double.NaN);
        });
    }

    private TrainingDivergedException diverged(String symptom, double loss) {
        String kept = lastCheckpoint == null ? "no checkpoint was written"
                : "the last checkpoint (step " + lastCheckpoint + ") is kept in " + outDir.resolve(Trainer.CHECKPOINT_DIR);
        return new TrainingDivergedException(String.format(Locale.ROOT, "training diverged at step %d: %s; %s."
                        + " Lower learningRate (now %s) or add warmup (warmupSteps now %d), then train again into a new"
                        + " folder", step, symptom, kept, settings.learningRate(), settings.warmupSteps()),
                step, loss);
    }

    /** @throws TrainingDivergedException if the validation loss is not finite */
    private double evaluate(ValidationSet validation) {
        double loss = validation.loss(sd);
        if (!Double.isFinite(loss)) {
            throw diverged("the validation loss is " + loss, loss);
        }
        validationLoss = loss;
        bestValidationLoss = bestValidationLoss == null ? loss : Math.min(bestValidationLoss, loss);
        return loss;
    }

    /** Writes {@code diagnostics.json} for the finished model (forward passes only). */
    private void writeDiagnostics(ValidationSet validation) throws IOException {
        TrainingDiagnostics.write(outDir.resolve(TrainingDiagnostics.FILE_NAME),
                TrainDiagnostics.measure(sd, validation.batches(), data.train(), step));
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
        Trainer.State state = new Trainer.State(step, tokensSeen, validationLoss, bestValidationLoss, elapsed(), resumed);
        Path checkpointDir = outDir.resolve(Trainer.CHECKPOINT_DIR);
        Checkpoint.save(sd, Trainer.checkpointInfo(model, settings, data, state, backend), checkpointDir);
        List<FileEntry> outputs = new ArrayList<>(List.of(
                FileEntry.of(outDir.resolve(TrainLog.FILE_NAME), TrainLog.FILE_NAME),
                FileEntry.of(checkpointDir.resolve(Checkpoint.INFO_FILE), Trainer.CHECKPOINT_DIR + "/" + Checkpoint.INFO_FILE),
                FileEntry.of(checkpointDir.resolve(Checkpoint.MODEL_FILE), Trainer.CHECKPOINT_DIR + "/" + Checkpoint.MODEL_FILE)));
        Path diagnostics = outDir.resolve(TrainingDiagnostics.FILE_NAME);
        if (Files.exists(diagnostics)) {
            outputs.add(FileEntry.of(diagnostics, TrainingDiagnostics.FILE_NAME));
        }
        Manifest.of(Stage.TRAIN, data.inputs(), new RunSettings(data.dir().toString(), model, settings), summary(),
                outputs).writeTo(outDir);
        lastCheckpoint = step;
    }

    private TrainSummary summary() {
        return new TrainSummary(step, tokensSeen, trainLoss, validationLoss, bestValidationLoss, validationTokens,
                elapsed(), fitSeconds > 0 ? tokensThisRun / fitSeconds : 0, model.parameterCount(), backend,
                outDir.resolve(Trainer.CHECKPOINT_DIR).toString(), resumed, startStep);
    }

    private double elapsed() {
        return elapsedBefore + (System.nanoTime() - startNanos) / 1e9;
    }

    /** The manifest's settings: the dataset folder and the resolved model and training configuration. */
    record RunSettings(String dataset, GptConfig model, TrainSettings train) {
    }

    /** Advances the progress bar after every optimizer step. */
    private static final class ProgressListener extends BaseListener {
        private final Progress bar;

        ProgressListener(Progress bar) {
            this.bar = bar;
        }

        @Override
        public boolean isActive(Operation operation) {
            return !(bar instanceof Progress.Silent) && operation == Operation.TRAINING;
        }

        @Override
        public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
            bar.step(1);
        }
    }
}
