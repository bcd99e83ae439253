package dev.transcend.core.policy;

import dev.transcend.core.vocab.MoveVocabulary;

/**
 * Equal logits for every token: sampled over the legal moves it is a uniformly random mover, the
 * weakest baseline player (and a real policy for tests that need no training).
 */
public final class UniformPolicy implements MovePolicy {

    private final int vocabSize = MoveVocabulary.standard().size();

    @Override
    public float[] nextMoveLogits(int[] history) {
        return new float[vocabSize];
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
