package dev.transcend.arena.player;

import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.policy.UniformPolicy;

/**
 * A uniformly random legal mover: a {@link ModelPlayer} over {@link UniformPolicy} at temperature 1
 * with legal-move masking. The weakest baseline, and a real player for tests that need no training.
 *
 * @param name unique player name
 * @param rating assumed Elo, or null
 * @param calibrated whether the rating was measured (default false)
 * @param ratingNote source of the rating (default empty)
 */
public record RandomSpec(String name, Integer rating, boolean calibrated, String ratingNote) implements PlayerSpec {

    public RandomSpec {
        PlayerSpec.checkCommon(name, rating);
        ratingNote = ratingNote == null ? "" : ratingNote;
    }

    @Override
    public ModelPlayer open(int moveLimit, PolicyLoader models) {
        return open(moveLimit);
    }

    @Override
    public ModelPlayer open(int moveLimit) {
        return ModelPlayer.open(name, rating, new UniformPolicy(), Sampling.randomMover(), moveLimit);
    }
}
