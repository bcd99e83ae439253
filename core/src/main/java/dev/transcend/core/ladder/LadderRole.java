package dev.transcend.core.ladder;

import java.util.Locale;

/**
 * What a rated player is in the experiment (issue "the demo shows transcendence"): the report compares the model with
 * the best {@link #EXPERT} in its training data and with the {@link #BASE} policy, the experts' noiseless engine (the
 * ceiling a perfect majority vote over the experts would reach, Zhang et al. 2024, sec. 3).
 */
public enum LadderRole {
    /** A base policy plus an error model (random or systematic errors); the players of a panel. */
    EXPERT,
    /** The engine the experts are built on, without errors. */
    BASE,
    /** Any other rated player: a sweep opponent, the random mover, a stronger reference engine. */
    PLAYER;

    /** @return the CSV spelling, lower case */
    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text {@code expert}, {@code base} or {@code player}
     * @return the role
     * @throws IllegalArgumentException naming the allowed values
     */
    public static LadderRole fromCsv(String text) {
        for (LadderRole role : values()) {
            if (role.csv().equals(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role '" + text + "' is not one of expert, base, player");
    }
}
