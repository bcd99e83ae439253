package dev.transcend.arena.player;

import dev.transcend.core.classes.PositionClass;
import dev.transcend.core.config.ConfigException;

import java.util.Locale;

/**
 * How an expert departs from its base policy (the controlled errors of the demo's expert panels; Zhang et al. 2024,
 * sec. 3: low temperature acts as a majority vote, which helps when the experts' errors are diverse).
 *
 * <pre>
 * errors: {kind: random, rate: 0.5}                 # each move, with probability 0.5, a uniformly random legal move
 * errors: {kind: systematic, blindSpot: knight-capture}  # in every position of the class, the same wrong move
 * </pre>
 *
 * The values are checked by {@link #check(String)}, which {@link ExpertSpec} calls with its player's name.
 *
 * @param kind      {@code random} or {@code systematic}
 * @param rate      for {@code random}: probability p of a random legal move on each move, 0..1; refused for
 *                  {@code systematic}
 * @param blindSpot for {@code systematic}: the name of the {@link PositionClass} the expert cannot see; refused for
 *                  {@code random}
 */
public record ErrorModel(String kind, Double rate, String blindSpot) {

    /** The kinds of error model. */
    public enum Kind {
        /** With probability {@code rate}, a uniformly random legal move from the game's seeded generator. */
        RANDOM,
        /** In every position of the {@code blindSpot} class, one fixed wrong move per position. */
        SYSTEMATIC
    }

    /**
     * @param player the expert's name, for the messages
     * @throws ConfigException naming the player, the key and the allowed values: an unknown kind, a random model
     *                         without a rate in 0..1 or with a blind spot, a systematic model without a known blind
     *                         spot class (listing the known ones) or with a rate
     */
    public void check(String player) {
        String where = "player '" + player + "': errors: ";
        if (kind == null) {
            throw new ConfigException(where + "missing key 'kind'; allowed values: random, systematic");
        }
        switch (kindValue(where)) {
            case RANDOM -> {
                if (rate == null) {
                    throw new ConfigException(where + "missing key 'rate' (probability of a random move, 0..1)");
                }
                if (!(rate >= 0 && rate <= 1)) {
                    throw new ConfigException(where + "rate " + rate + " is not allowed; use 0..1");
                }
                if (blindSpot != null) {
                    throw new ConfigException(where + "'blindSpot' is for kind systematic, not random; remove it");
                }
            }
            case SYSTEMATIC -> {
                if (rate != null) {
                    throw new ConfigException(where + "'rate' is for kind random; a systematic expert errs in every"
                            + " position of its blindSpot class and nowhere else; remove it");
                }
                if (blindSpot == null || blindSpot.isBlank()) {
                    throw new ConfigException(where + "missing key 'blindSpot'; known classes: " + PositionClass.ids());
                }
                if (PositionClass.find(blindSpot).isEmpty()) {
                    throw new ConfigException(where + "blindSpot '" + blindSpot + "' is not a known position class;"
                            + " known classes: " + PositionClass.ids());
                }
            }
        }
    }

    /** @return the kind; call {@link #check(String)} first */
    public Kind kindValue() {
        return kindValue("errors: ");
    }

    /** @return the blind spot class of a systematic model; call {@link #check(String)} first */
    public PositionClass blindSpotClass() {
        return PositionClass.of(blindSpot);
    }

    private Kind kindValue(String where) {
        return switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "random" -> Kind.RANDOM;
            case "systematic" -> Kind.SYSTEMATIC;
            default -> throw new ConfigException(where + "kind '" + kind + "' is not allowed; allowed values: random,"
                    + " systematic");
        };
    }
}
