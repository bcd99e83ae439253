package dev.transcend.core.policy;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;

/**
 * Equal logits for every token: sampled over the legal moves it is a uniformly random mover, the
 * weakest baseline player (and a real policy for tests that need no training). It uses the default
 * encoding, one token per move, so that equal token logits are equal move probabilities.
 */
public final class UniformPolicy implements MovePolicy {

    private final Encoding encoding = Encodings.standard();

    @Override
    public float[] nextTokenLogits(int[] input) {
        return new float[encoding.vocabularySize()];
    }

    @Override
    public Encoding encoding() {
        return encoding;
    }

    @Override
    public int maxPlies() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String name() {
        return "uniform-random";
    }
}
