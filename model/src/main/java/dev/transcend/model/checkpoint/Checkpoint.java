package dev.transcend.model.checkpoint;

import dev.transcend.model.policy.MovePolicy;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained model on disk. PLACEHOLDER: the model module fills this in (weights, optimizer state,
 * config and provenance in a checkpoint folder).
 */
public final class Checkpoint {

    private Checkpoint() {
    }

    /**
     * @param dir a checkpoint folder written by the trainer
     * @return the loaded checkpoint
     * @throws IOException if the folder is missing, incomplete, or was trained on another vocabulary
     */
    public static Checkpoint load(Path dir) throws IOException {
        throw new UnsupportedOperationException("checkpoint loading is not implemented yet");
    }

    /** @return a new inference policy over this checkpoint's weights; one per game slot (not thread-safe) */
    public MovePolicy policy() {
        throw new UnsupportedOperationException("checkpoint loading is not implemented yet");
    }
}
