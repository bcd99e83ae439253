package dev.transcend.arena.player;

import dev.transcend.core.policy.PolicyLoader;

import java.io.IOException;

/**
 * An expert of a panel: another roster player (its base policy, usually a node-limited engine) plus an
 * {@link ErrorModel}.
 *
 * <pre>
 * - name: expert-r50-a
 *   type: expert
 *   base: sf-n20
 *   errors: {kind: random, rate: 0.5}
 * </pre>
 *
 * @param name unique player name
 * @param rating assumed Elo, or null (a ladder gives the measured one)
 * @param calibrated whether the rating was measured (default false)
 * @param ratingNote source of the rating (default empty)
 * @param base name of the base player in the same roster
 * @param errors the error model
 */
public record ExpertSpec(String name, Integer rating, boolean calibrated, String ratingNote, String base,
                         ErrorModel errors) implements PlayerSpec {

    public ExpertSpec {
        PlayerSpec.checkCommon(name, rating);
        ratingNote = ratingNote == null ? "" : ratingNote;
    }

    @Override
    public Player open(int moveLimit, PolicyLoader models) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("expert players are being built (branch panels)");
    }
}
