package dev.transcend.arena;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.policy.MovePolicy;

/**
 * A real (uniform) policy whose context holds only {@code maxPlies} moves: like a trained model it refuses a longer
 * input, and it cannot slide ({@link MovePolicy#slidesContext()} is false), so every call that reaches it past its
 * context is a bug of the caller.
 *
 * @param maxPlies the longest game it reads
 */
public record ShortContextPolicy(int maxPlies) implements MovePolicy {

    @Override
    public float[] nextTokenLogits(int[] input) {
        if (input.length > maxPlies + 1) {
            throw new IllegalArgumentException("input of " + input.length + " tokens > " + (maxPlies + 1));
        }
        return new float[encoding().vocabularySize()];
    }

    @Override
    public Encoding encoding() {
        return Encodings.standard();
    }

    @Override
    public String name() {
        return "short-context";
    }
}
