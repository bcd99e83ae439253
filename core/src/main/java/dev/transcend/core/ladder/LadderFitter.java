package dev.transcend.core.ladder;

import java.util.List;
import java.util.Map;

/**
 * The seam between the calibrate stage (arena, which plays the games) and the joint rating fit (the rating module's
 * {@code LadderFit::fit}, passed in by the command line, as {@code Checkpoint::loadPolicy} is for models).
 */
@FunctionalInterface
public interface LadderFitter {

    /**
     * @param games        every calibration game
     * @param anchor       the player whose rating is fixed by definition
     * @param anchorRating its rating, rating points
     * @return every player's fitted rating, by name
     * @throws IllegalArgumentException if the games do not connect every player to the anchor, or the anchor played
     *                                  no game
     */
    Map<String, FittedRating> fit(List<LadderGame> games, String anchor, double anchorRating);
}
