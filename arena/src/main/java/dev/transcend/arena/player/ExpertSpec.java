package dev.transcend.arena.player;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.policy.PolicyLoader;

import java.io.IOException;

/**
 * An expert of a panel: another roster player (its base policy, usually a node-limited engine) plus an
 * {@link ErrorModel}. Opened as an {@link ExpertPlayer} around its base's player.
 *
 * <pre>
 * - name: expert-r50-a
 *   type: expert
 *   base: sf-n20
 *   errors: {kind: random, rate: 0.5}
 * </pre>
 *
 * The base is named in YAML and resolved by {@link PlayerRoster}, which refuses an unknown base and a base that is
 * itself an expert (so there are no chains or cycles); the resolved recipe is {@code resolvedBase}, never read from
 * or written to YAML or JSON ({@link PlayerRecipes} records it as {@code baseRecipe} in a stage's terms).
 *
 * @param name unique player name
 * @param rating assumed Elo, or null (a ladder gives the measured one)
 * @param calibrated whether the rating was measured (default false)
 * @param ratingNote source of the rating (default empty)
 * @param base name of the base player in the same roster
 * @param errors the error model
 * @param resolvedBase the base's recipe once a {@link PlayerRoster} resolved it, or null
 */
public record ExpertSpec(String name, Integer rating, boolean calibrated, String ratingNote, String base,
                         ErrorModel errors, @JsonIgnore PlayerSpec resolvedBase) implements PlayerSpec {

    /** @throws ConfigException naming the player if base or errors is missing or the error model is bad */
    public ExpertSpec {
        PlayerSpec.checkCommon(name, rating);
        ratingNote = ratingNote == null ? "" : ratingNote;
        if (base == null || base.isBlank()) {
            throw new ConfigException("player '" + name + "': missing key 'base' (the name of the roster player whose"
                    + " moves the expert plays, e.g. a node-limited engine)");
        }
        if (errors == null) {
            throw new ConfigException("player '" + name + "': missing key 'errors', e.g. {kind: random, rate: 0.5} or"
                    + " {kind: systematic, blindSpot: knight-capture}");
        }
        errors.check(name);
        if (resolvedBase != null && (!resolvedBase.name().equals(base) || resolvedBase instanceof ExpertSpec)) {
            throw new IllegalArgumentException("player '" + name + "': resolvedBase " + resolvedBase.name()
                    + " is not the non-expert player '" + base + "'");
        }
    }

    /** An unresolved expert, as read from YAML; {@link PlayerRoster} resolves its base. */
    public ExpertSpec(String name, Integer rating, boolean calibrated, String ratingNote, String base,
                      ErrorModel errors) {
        this(name, rating, calibrated, ratingNote, base, errors, null);
    }

    /** @return this expert with its base's recipe */
    public ExpertSpec withBase(PlayerSpec baseSpec) {
        return new ExpertSpec(name, rating, calibrated, ratingNote, base, errors, baseSpec);
    }

    @Override
    public ExpertPlayer open(int moveLimit, PolicyLoader models) throws IOException, InterruptedException {
        return ExpertPlayer.of(this, resolved().open(moveLimit, models));
    }

    @Override
    public ExpertPlayer open(int moveLimit, PolicyLoader models, EngineLog log) throws IOException,
            InterruptedException {
        return ExpertPlayer.of(this, resolved().open(moveLimit, models, log));
    }

    private PlayerSpec resolved() {
        if (resolvedBase == null) {
            throw new ConfigException("player '" + name + "': base '" + base + "' is not resolved; read the expert"
                    + " through a PlayerRoster that also holds '" + base + "'");
        }
        return resolvedBase;
    }
}
