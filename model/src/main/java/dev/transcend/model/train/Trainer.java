package dev.transcend.model.train;

import dev.transcend.core.Seeds;
import dev.transcend.core.io.FolderSwap;
import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;
import dev.transcend.core.training.TrainingDiagnostics;
import dev.transcend.core.provenance.TermChange;
import dev.transcend.core.provenance.Terms;
import dev.transcend.core.provenance.ToolVersion;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.checkpoint.Checkpoint;
import dev.transcend.model.checkpoint.CheckpointInfo;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.learning.config.Adam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Trains the transformer on a prepared dataset (after nanoGPT's {@code train.py}): AdamW with warmup
 * and cosine decay, batches of whole-game prefixes drawn by a stateless per-step generator, a
 * training-loss row in {@code train_log.csv} every {@code logEvery} steps, the validation loss every
 * {@code evalEvery} steps, and a checkpoint every {@code checkpointEvery} steps and at the end.
 *
 * <p>Output folder: {@code train_log.csv}, {@code checkpoint/} (the latest, replaced atomically) and
 * {@code manifest.json}. A run resumed from its checkpoint redoes exactly what the interrupted run
 * would have done: the weights and Adam state are restored and the batch of step s depends only on
 * the seed and s.
 */
public final class Trainer {

    /** Name of the checkpoint folder inside the output folder. */
    public static final String CHECKPOINT_DIR = "checkpoint";
    /** A training folder: its log and checkpoint, and nothing of another stage (resume keeps working). */
    private static final StageFolder FOLDER = new StageFolder(Stage.TRAIN,
            Set.of(TrainLog.FILE_NAME, CHECKPOINT_DIR, TrainingDiagnostics.FILE_NAME), null);

    private Trainer() {
    }

    /**
     * Checks the output folder and the whole dataset first, so a bad input fails before anything is
     * written; then trains from scratch, or from {@code outDir/checkpoint} when resuming.
     *
     * @param dataDir a prepared dataset folder ({@code manifest.json}, {@code train-*.shard}, {@code validation-*.shard})
     * @param model the model shape (must equal the checkpoint's when resuming)
     * @param settings how to train; on resume only {@code steps}, {@code evalEvery}, {@code checkpointEvery}
     *                 and {@code logEvery} may differ from the checkpoint's
     * @param outDir output folder, created if absent; it must be empty or hold this trainer's files
     * @param resume continue from {@code outDir/checkpoint} up to {@code settings.steps()} (a finished run is
     *               a no-op; without a checkpoint it starts at step 0, says so on stderr when {@code progress}
     *               is on, and returns {@code resumed = false}); without it, an existing checkpoint is an error
     * @param progress show a progress bar on stderr
     * @return what the run reached
     * @throws IOException if the dataset is missing, changed since it was prepared, corrupt or has an empty split
     *                     (naming the folder, shard and game), the output cannot be written, or the folder holds a
     *                     checkpoint and {@code resume} is false
     * @throws dev.transcend.core.config.ConfigException if the dataset was prepared with another encoding than
     *                         {@code model.encoding} (naming both)
     * @throws dev.transcend.core.provenance.RefusedException if the output folder belongs to another stage or holds
     *                         other files, or when resuming with a model or optimizer settings other than the
     *                         checkpoint's ({@link Refusal.TermsChanged}, naming each differing key, old -> new)
     * @throws TrainingDivergedException if a training or validation loss or a weight becomes NaN or infinite;
     *                                   the last finite checkpoint is kept
     * @throws dev.transcend.model.backend.UnsupportedDeviceException if the ND4J build cannot use this GPU
     */
    public static TrainSummary run(Path dataDir, GptConfig model, TrainSettings settings, Path outDir, boolean resume,
                                   boolean progress) throws IOException {
        Nd4jBackend.requireSupported();
        FOLDER.check(outDir); // before anything is written, also the folder itself
        TrainingData data = TrainingData.open(dataDir, model.tokenEncoding());
        Path checkpointDir = outDir.resolve(CHECKPOINT_DIR);
        FolderSwap.recover(checkpointDir);
        if (!Files.exists(checkpointDir)) {
            if (resume && progress) {
                System.err.println("train: no checkpoint in " + outDir + "; starting from step 0");
            }
            Files.createDirectories(outDir);
            SameDiff sd = Gpt.training(model, Seeds.derive(settings.seed(), "init", 0));
            sd.setTrainingConfig(trainingConfig(settings, model));
            return new TrainingLoop(data, model, settings, outDir, sd, State.fresh()).run(progress);
        }
        if (!resume) {
            throw new IOException(outDir + " already holds a checkpoint (" + checkpointDir
                    + "); resume it, or train into another folder");
        }
        Checkpoint checkpoint = Checkpoint.load(checkpointDir);
        CheckpointInfo info = checkpoint.info();
        checkResumable(info, model, settings, data, outDir, checkpointDir);
        long parameters = model.parameterCount();
        if (info.step() >= settings.steps()) {
            return new TrainSummary(info.step(), info.tokensSeen(), null, info.validationLoss(), info.bestValidationLoss(),
                    0, info.elapsedSeconds(), 0, parameters, info.backend(), checkpointDir.toString(), true, info.step());
        }
        SameDiff sd = checkpoint.restoreTraining();
        // The step budget may have grown: the cosine now ends at the new budget. Adam reads its schedule from
        // this config object at every update, so replacing it in place keeps the restored moment estimates.
        ((Adam) sd.getTrainingConfig().getUpdater()).setLearningRateSchedule(settings.schedule());
        sd.getTrainingConfig().setIterationCount(info.step());
        return new TrainingLoop(data, model, settings, outDir, sd, State.of(info)).run(progress);
    }

    /**
     * @param settings the optimizer settings
     * @return SameDiff's training configuration: Adam with the warmup-cosine schedule plus decoupled
     *         weight decay on matrices (AdamW), features {@code [tokens]}, labels {@code [targets, targetMask]}
     */
    public static TrainingConfig trainingConfig(TrainSettings settings) {
        return trainingConfig(settings, GptConfig.defaults());
    }

    /**
     * @param settings the optimizer settings
     * @param model the model shape: a board-aware encoding adds the feature {@code board} after {@code tokens}
     * @return as {@link #trainingConfig(TrainSettings)}, with the model's features
     */
    public static TrainingConfig trainingConfig(TrainSettings settings, GptConfig model) {
        Adam adam = new Adam(settings.schedule());
        adam.setBeta1(settings.beta1());
        adam.setBeta2(settings.beta2());
        return TrainingConfig.builder()
                .updater(adam)
                .regularization(new MatrixWeightDecay(settings.weightDecay()))
                .dataSetFeatureMapping(model.positionFeatures() > 0 ? new String[] {Gpt.TOKENS, Gpt.BOARD}
                        : new String[] {Gpt.TOKENS})
                .dataSetLabelMapping(model.tokenEncoding().scoresCandidatesOnly()
                        ? new String[] {Gpt.TARGETS, Gpt.TARGET_MASK, Gpt.CANDIDATES}
                        : new String[] {Gpt.TARGETS, Gpt.TARGET_MASK})
                .build();
    }

    /** Where a run stands: restored from a checkpoint ({@code resumed}), or at step 0. */
    record State(int step, long tokensSeen, Double validationLoss, Double bestValidationLoss, double elapsedSeconds,
                 boolean resumed) {
        static State fresh() {
            return new State(0, 0, null, null, 0, false);
        }

        static State of(CheckpointInfo info) {
            return new State(info.step(), info.tokensSeen(), info.validationLoss(), info.bestValidationLoss(),
                    info.elapsedSeconds(), true);
        }
    }

    /** The checkpoint's metadata for the current state of a run. */
    static CheckpointInfo checkpointInfo(GptConfig model, TrainSettings settings, TrainingData data, State state,
                                         String backend) {
        Encoding encoding = model.tokenEncoding();
        return new CheckpointInfo(CheckpointInfo.FORMAT_VERSION, model, settings, encoding.vocabularySize(),
                encoding.fingerprint(), state.step(), state.tokensSeen(), state.validationLoss(),
                state.bestValidationLoss(), state.elapsedSeconds(), data.datasetSha256(), data.ratingCap(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), ToolVersion.get(), backend, null);
    }

    private static void checkResumable(CheckpointInfo info, GptConfig model, TrainSettings settings, TrainingData data,
                                       Path outDir, Path checkpointDir) throws IOException {
        List<TermChange> changes = new ArrayList<>(Terms.changes("model", info.model(), model));
        info.train().changesOnResume(settings).forEach(c -> changes.add(c.under("train")));
        if (!changes.isEmpty()) {
            throw new RefusedException(new Refusal.TermsChanged(Stage.TRAIN, outDir,
                    checkpointDir.resolve(Checkpoint.INFO_FILE), changes));
        }
        if (info.datasetSha256() != null && !Objects.equals(info.datasetSha256(), data.datasetSha256())) {
            throw new IOException("cannot resume " + checkpointDir + ": it was trained on another dataset (shards "
                    + info.datasetSha256() + "), " + data.dir() + " holds shards " + data.datasetSha256());
        }
    }
}
