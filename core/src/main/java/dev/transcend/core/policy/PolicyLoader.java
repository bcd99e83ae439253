package dev.transcend.core.policy;

import dev.transcend.core.config.ConfigException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a trained model's {@link MovePolicy} from its checkpoint folder. This is the one seam between the
 * arena and the model: the arena plays policies, the model module knows how a checkpoint becomes one, and
 * the command line (the only module that knows every stage) hands the model's loader to the arena.
 */
@FunctionalInterface
public interface PolicyLoader {

    /**
     * @param checkpoint a checkpoint folder written by {@code train}
     * @return the policy; the caller owns it and closes it
     * @throws IOException if the checkpoint cannot be read
     */
    MovePolicy load(Path checkpoint) throws IOException;

    /** @return a loader for runs that play no trained model: it refuses every checkpoint, naming it */
    static PolicyLoader none() {
        return checkpoint -> {
            throw new ConfigException("checkpoint " + checkpoint + ": this command plays no trained model; "
                    + "model players are played by 'transcend play'");
        };
    }
}
