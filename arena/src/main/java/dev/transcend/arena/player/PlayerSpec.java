package dev.transcend.arena.player;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import dev.transcend.arena.engine.EngineLog;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.policy.PolicyLoader;

import java.io.IOException;

/**
 * A recipe for a player, read from YAML (after cutechess's engine configurations): tournaments hold
 * recipes and open one {@link Player} per game slot. The {@code type} key selects the kind:
 * {@code engine} (the default when the key is absent), {@code model} or {@code random}.
 *
 * <pre>
 * - name: stockfish-skill-1
 *   command: stockfish
 *   options: {Skill Level: 1}
 *   limit: {movetimeMs: 100}
 *   rating: 1554
 *   calibrated: false
 *   ratingNote: paper anchor (Zhang et al. 2024, sec. 4); not calibrated on this hardware
 * </pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type", defaultImpl = EngineSpec.class)
@JsonTypeIdResolver(PlayerTypeResolver.class)
public sealed interface PlayerSpec permits EngineSpec, ModelSpec, RandomSpec, ExpertSpec {

    /** @return unique name, used in PGN headers, {@code games.csv} and to pick opponents */
    String name();

    /** @return assumed Elo rating (rating points), or null if unknown (e.g. the model under test) */
    Integer rating();

    /** @return whether {@link #rating()} was measured on this setup rather than assumed */
    boolean calibrated();

    /** @return where the rating comes from, e.g. {@code paper anchor, Zhang et al. 2024 sec. 4}; may be empty */
    String ratingNote();

    /**
     * Opens a player for one game slot.
     *
     * @param moveLimit the longest game it will play, in full moves (a model checks its context length)
     * @param models opens a model player's checkpoint (the command line passes the model module's loader)
     * @return a player ready for {@link Player#newGame}
     * @throws ConfigException if the recipe does not fit (bad engine option value, context too short)
     * @throws IOException if the engine or checkpoint cannot be found or started
     * @throws InterruptedException if interrupted while waiting for an engine
     */
    Player open(int moveLimit, PolicyLoader models) throws IOException, InterruptedException;

    /** Opens a player that needs no checkpoint (an engine or the random mover); see {@link #open(int, PolicyLoader)}. */
    default Player open(int moveLimit) throws IOException, InterruptedException {
        return open(moveLimit, PolicyLoader.none());
    }

    /**
     * Opens a player for one game slot of a stage that keeps an engine log; an engine writes its stderr and UCI
     * traffic tail there, other kinds ignore it.
     *
     * @param log the stage's engine log ({@code engines.log})
     * @see #open(int, PolicyLoader)
     */
    default Player open(int moveLimit, PolicyLoader models, EngineLog log) throws IOException, InterruptedException {
        return open(moveLimit, models);
    }

    /** Checks the keys every kind shares. */
    static void checkCommon(String name, Integer rating) {
        if (name == null || name.isBlank()) {
            throw new ConfigException("player: missing key 'name'");
        }
        if (rating != null && (rating < 0 || rating > 4000)) {
            throw new ConfigException("player '" + name + "': rating " + rating + " is not allowed; use 0..4000 Elo");
        }
    }
}
