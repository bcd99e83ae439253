package dev.transcend.arena.player;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.provenance.RecordedTerms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A player's recipe as recorded in a resumable stage's terms ({@code sweep.json}, {@code generate.json}): everything
 * that changes how it plays or how its games are rated (type, engine, options, limit, rating), without
 * {@code ratingNote} and {@code timeouts}, which change neither.
 */
public final class PlayerRecipes {

    private PlayerRecipes() {
    }

    /** @return the recipe of {@code player} as a JSON object with its {@code type} */
    public static ObjectNode of(PlayerSpec player) {
        ObjectNode recipe = (ObjectNode) RecordedTerms.normalized(new Typed(player)).get("spec");
        recipe.remove(List.of("ratingNote", "timeouts"));
        return recipe;
    }

    /**
     * Compares two recipes key by key, so that the error names the option that changed.
     *
     * @param player how the player is named in the message, e.g. {@code opponent 'sf-s1'}
     * @param old the recorded recipe
     * @param now this run's recipe
     * @param changes where each change, {@code "player key old -> new"}, is added
     */
    public static void compare(String player, JsonNode old, JsonNode now, List<String> changes) {
        Set<String> keys = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            RecordedTerms.compare(player + " " + key, old.path(key), now.path(key), changes);
        }
    }

    /** Declares the recipe as {@link PlayerSpec}, so it is written with its {@code type}. */
    private record Typed(PlayerSpec spec) {
    }
}
