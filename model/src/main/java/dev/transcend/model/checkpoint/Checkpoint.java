package dev.transcend.model.checkpoint;

import dev.transcend.core.io.FolderSwap;
import dev.transcend.core.io.Json;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.model.backend.Nd4jBackend;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.gpt.GptWeights;
import dev.transcend.model.policy.CachedGptPolicy;
import dev.transcend.model.policy.GptPolicy;
import dev.transcend.core.policy.MovePolicy;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A trained model on disk: a folder with {@code checkpoint.json} ({@link CheckpointInfo}) and
 * {@code model.sdz}, the SameDiff training graph with its weights and Adam state. Written by the
 * trainer, read by play, which encodes games with the encoding the checkpoint names; immutable once loaded.
 *
 * <p>Play gets {@link #policy()}, the key/value-cached plain-Java forward ({@link CachedGptPolicy}); the SameDiff
 * full forward it is proven equal to stays available as {@link #referencePolicy()}.
 */
public final class Checkpoint {

    /** Metadata file inside a checkpoint folder. */
    public static final String INFO_FILE = "checkpoint.json";
    /** SameDiff file inside a checkpoint folder (FlatBuffers, with updater state). */
    public static final String MODEL_FILE = "model.sdz";

    private final Path dir;
    private final CheckpointInfo info;
    private final Map<String, INDArray> weights;
    /** Float copies for the cached policies, built by the first {@link #policy()} and shared by all of them. */
    private GptWeights floatWeights;

    private Checkpoint(Path dir, CheckpointInfo info, Map<String, INDArray> weights) {
        this.dir = dir;
        this.info = info;
        this.weights = weights;
    }

    /**
     * Loads a checkpoint and checks it before anything plays with it: {@code model.sdz} must have the
     * SHA-256 recorded in {@code checkpoint.json}, be readable, hold only finite weights, and fit the
     * model shape.
     *
     * @param dir a checkpoint folder written by the trainer
     * @return the loaded checkpoint, weights in memory
     * @throws IOException naming the folder and the problem if it is missing, a file is missing, unreadable,
     *                     truncated or replaced (checksum), its encoding's vocabulary is not this build's, a weight is
     *                     NaN or infinite (naming the first such variable), or the weights do not fit the model
     *                     shape in {@code checkpoint.json}
     * @throws dev.transcend.model.backend.UnsupportedDeviceException if the CUDA build runs on a GPU its
     *                                                                kernels do not cover
     */
    public static Checkpoint load(Path dir) throws IOException {
        return read(dir);
    }

    /**
     * The model module's {@link dev.transcend.core.policy.PolicyLoader}: a checkpoint folder as a policy.
     *
     * @param dir a checkpoint folder
     * @return its policy, owned by the caller
     * @throws IOException as {@link #load}
     */
    public static MovePolicy loadPolicy(Path dir) throws IOException {
        return load(dir).policy();
    }

    private static Checkpoint read(Path dir) throws IOException {
        CheckpointInfo info = readInfo(dir);
        Nd4jBackend.requireSupported(); // before any array lands on a device whose kernels are missing
        verifyModelFile(dir, info);
        SameDiff sd = readModel(dir, false);
        Optional<String> broken = Gpt.firstNonFiniteWeight(sd);
        if (broken.isPresent()) {
            throw new IOException(dir + ": weight '" + broken.get() + "' in " + MODEL_FILE + " is NaN or infinite"
                    + " (a diverged training run); train again with a lower learningRate or more warmupSteps");
        }
        Checkpoint checkpoint = new Checkpoint(dir, info, Map.copyOf(Gpt.weights(sd)));
        try (MovePolicy probe = checkpoint.referencePolicy(); MovePolicy cached = checkpoint.policy()) {
            probe.maxPlies();
        } catch (IllegalArgumentException e) {
            throw new IOException(dir + ": " + MODEL_FILE + " does not match the model in " + INFO_FILE + ": "
                    + e.getMessage(), e);
        }
        return checkpoint;
    }

    /**
     * @param dir a checkpoint folder
     * @return its {@code checkpoint.json}, checked against this build's format and the vocabulary of the encoding it
     *         names
     * @throws IOException naming the folder and the problem
     */
    public static CheckpointInfo readInfo(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such checkpoint folder");
        }
        Path file = dir.resolve(INFO_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + ": not a checkpoint folder: " + INFO_FILE + " is missing");
        }
        CheckpointInfo info;
        try {
            info = Json.read(file, CheckpointInfo.class);
        } catch (IOException | RuntimeException e) {
            throw new IOException(dir + ": cannot read " + INFO_FILE + ": " + e.getMessage(), e);
        }
        if (info.formatVersion() != CheckpointInfo.FORMAT_VERSION) {
            throw new IOException(dir + ": checkpoint format version " + info.formatVersion() + ", this build reads "
                    + CheckpointInfo.FORMAT_VERSION + "; train the model again with this version");
        }
        if (info.model() == null || info.train() == null) {
            throw new IOException(dir + ": " + INFO_FILE + " lacks the model or train settings");
        }
        Encoding encoding = info.model().tokenEncoding();
        if (info.vocabSize() != encoding.vocabularySize() || !encoding.fingerprint().equals(info.vocabularyFingerprint())) {
            throw new IOException(dir + ": trained on another vocabulary of encoding " + encoding.id() + " ("
                    + info.vocabSize() + " tokens, fingerprint " + info.vocabularyFingerprint() + "); this build's has "
                    + encoding.vocabularySize() + " tokens, fingerprint " + encoding.fingerprint());
        }
        return info;
    }

    /**
     * Writes a checkpoint folder atomically ({@link FolderSwap}): a crash leaves the old or the new checkpoint. The
     * SHA-256 of the written {@code model.sdz} is recorded in {@code checkpoint.json}, replacing
     * {@code info.modelSha256()}. The caller makes sure the weights are finite (the trainer checks before every save).
     *
     * @param training the training graph, saved with its updater (Adam) state
     * @param info its metadata
     * @param dir the checkpoint folder to create or replace
     * @throws IOException if writing fails; the previous checkpoint is then kept
     */
    public static void save(SameDiff training, CheckpointInfo info, Path dir) throws IOException {
        FolderSwap swap = FolderSwap.begin(dir);
        try {
            Path model = swap.work().resolve(MODEL_FILE);
            training.save(model.toFile(), true);
            Json.write(swap.work().resolve(INFO_FILE), info.withModelSha256(Sha256.of(model)));
            swap.commit();
        } finally {
            swap.abandon();
        }
    }

    /**
     * @return the training graph with weights and Adam state, to resume training
     * @throws IOException naming the file if {@code model.sdz} is truncated or corrupt
     */
    public SameDiff restoreTraining() throws IOException {
        return readModel(dir, true);
    }

    /**
     * @return a new inference policy over this checkpoint's weights, named {@link #name()}, with a key/value cache
     *         ({@link CachedGptPolicy}: a move costs one or two new positions, not the whole game); one per game slot
     *         (not thread-safe); the weights' float copy is shared by all
     * @throws IllegalArgumentException if a weight is missing or has the wrong shape (checked by {@link #load})
     */
    public MovePolicy policy() {
        return new CachedGptPolicy(floatWeights(), name());
    }

    /**
     * @return a new SameDiff inference policy over this checkpoint's weights ({@link GptPolicy}: the whole game
     *         recomputed at every move), named {@link #name()}: the reference {@link #policy()} is tested against;
     *         owned by the caller
     */
    public MovePolicy referencePolicy() {
        return new GptPolicy(info.model(), weights, name());
    }

    private synchronized GptWeights floatWeights() {
        if (floatWeights == null) {
            floatWeights = GptWeights.of(info.model(), weights);
        }
        return floatWeights;
    }

    /** @return {@code <run folder>@step<N>}, e.g. {@code quickstart@step2000}; the run folder holds the checkpoint folder */
    public String name() {
        Path abs = dir.toAbsolutePath().normalize();
        Path run = abs.getParent() != null && abs.getParent().getFileName() != null ? abs.getParent() : abs;
        return run.getFileName() + "@step" + info.step();
    }

    /** @return the checkpoint folder */
    public Path dir() {
        return dir;
    }

    /** @return the metadata read from {@code checkpoint.json} */
    public CheckpointInfo info() {
        return info;
    }

    /** @return the encoding the model was trained with, named in {@code checkpoint.json} ({@code model.encoding}) */
    public Encoding encoding() {
        return info.model().tokenEncoding();
    }

    /** @return the model shape */
    public GptConfig config() {
        return info.model();
    }

    /** @return optimizer steps the weights were trained for */
    public int step() {
        return info.step();
    }

    /** @return the rating cap C of the training data, empty if the dataset did not record one */
    public OptionalInt ratingCap() {
        return info.ratingCap() == null ? OptionalInt.empty() : OptionalInt.of(info.ratingCap());
    }

    /** Compares {@code model.sdz} with the SHA-256 that {@code checkpoint.json} recorded when it was saved. */
    private static void verifyModelFile(Path dir, CheckpointInfo info) throws IOException {
        Path model = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IOException(dir + ": not a checkpoint folder: " + MODEL_FILE + " is missing");
        }
        if (info.modelSha256() == null) {
            throw new IOException(dir + ": " + INFO_FILE + " records no modelSha256, so " + MODEL_FILE
                    + " cannot be checked; train the model again with this version");
        }
        String actual = Sha256.of(model);
        if (!actual.equalsIgnoreCase(info.modelSha256())) {
            throw new IOException(dir + ": " + MODEL_FILE + " does not match " + INFO_FILE + " (corrupt or replaced):"
                    + " its SHA-256 is " + actual + ", " + INFO_FILE + " records " + info.modelSha256());
        }
    }

    /**
     * SameDiff reports a damaged file with whatever its FlatBuffers reader hit first (a null message,
     * "Illegal Capacity: -1", an index out of bounds); this names the file instead.
     */
    private static SameDiff readModel(Path dir, boolean withUpdaterState) throws IOException {
        Path model = dir.resolve(MODEL_FILE);
        try {
            return SameDiff.load(model.toFile(), withUpdaterState);
        } catch (RuntimeException e) {
            throw new IOException(model + ": " + MODEL_FILE + " is truncated or corrupt (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); train the model again", e);
        }
    }
}
