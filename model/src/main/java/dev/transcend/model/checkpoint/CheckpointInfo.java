package dev.transcend.model.checkpoint;

import dev.transcend.model.gpt.GptConfig;
import dev.transcend.model.train.TrainSettings;

/**
 * The metadata of a checkpoint, {@code checkpoint.json}: everything needed to rebuild and judge the
 * model without the training run (after nanoGPT's checkpoint dictionary).
 *
 * @param formatVersion layout version of the checkpoint folder ({@link #FORMAT_VERSION})
 * @param model the model shape, with the id of its token encoding ({@code model.encoding}; a checkpoint written
 *              before encodings were recorded has none and reads as {@code uci-move-v1})
 * @param train the training settings of the run
 * @param vocabSize tokens in the encoding's vocabulary the weights were trained on (1970 for {@code uci-move-v1})
 * @param vocabularyFingerprint that encoding's fingerprint ({@code Encoding.fingerprint()}, SHA-256 of its token list)
 * @param step optimizer steps taken
 * @param tokensSeen target move tokens trained on (padding excluded)
 * @param validationLoss validation cross-entropy at {@code step} in nats per move, or null if not measured
 * @param bestValidationLoss lowest validation cross-entropy seen so far, or null
 * @param elapsedSeconds wall-clock seconds of training, summed over resumes
 * @param datasetSha256 the training dataset's identity, SHA-256 of its shard list (file, split and SHA-256 of each
 *                      shard), so a resume can tell the same games from others; null if unknown
 * @param ratingCap rating cap C of the training data (max(WhiteElo, BlackElo) &lt;= C), or null if unknown
 * @param createdAt UTC time the checkpoint was written, ISO-8601
 * @param toolVersion transcend version that wrote it
 * @param backend ND4J backend it was trained on, e.g. {@code CPU}
 * @param modelSha256 SHA-256 of {@code model.sdz} as written, checked on every load (set by
 *                    {@link Checkpoint#save}; null only before saving)
 */
public record CheckpointInfo(int formatVersion, GptConfig model, TrainSettings train, int vocabSize,
                             String vocabularyFingerprint, int step, long tokensSeen, Double validationLoss,
                             Double bestValidationLoss, double elapsedSeconds, String datasetSha256,
                             Integer ratingCap, String createdAt, String toolVersion, String backend,
                             String modelSha256) {

    /**
     * Layout of the checkpoint folder this build writes and reads (2: {@code modelSha256} added; 3: the dataset is
     * identified by its shards, not its manifest).
     */
    public static final int FORMAT_VERSION = 3;

    /** @return a copy recording {@code sha256} as the checksum of {@code model.sdz} */
    public CheckpointInfo withModelSha256(String sha256) {
        return new CheckpointInfo(formatVersion, model, train, vocabSize, vocabularyFingerprint, step, tokensSeen,
                validationLoss, bestValidationLoss, elapsedSeconds, datasetSha256, ratingCap, createdAt,
                toolVersion, backend, sha256);
    }
}
