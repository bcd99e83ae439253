package dev.transcend.arena.player;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.io.Json;

import java.util.List;

/**
 * A player's recipe as recorded in a resumable stage's terms ({@code sweep.json}, {@code generate.json}): everything
 * that changes how it plays or how its games are rated (type, engine, options, limit, rating), without
 * {@code ratingNote} and {@code timeouts}, which change neither. Terms compare recipes with
 * {@link dev.transcend.core.provenance.Terms#changes}. An expert's recipe holds its base's as {@code baseRecipe} (without the base's rating, which does not change the
 * expert's moves).
 */
public final class PlayerRecipes {

    private PlayerRecipes() {
    }

    /** @return the recipe of {@code player} as a JSON object with its {@code type} */
    public static ObjectNode of(PlayerSpec player) {
        ObjectNode recipe = (ObjectNode) Json.mapper().valueToTree(new Typed(player)).get("spec");
        recipe.remove(List.of("ratingNote", "timeouts"));
        if (player instanceof ExpertSpec expert && expert.resolvedBase() != null) {
            ObjectNode base = of(expert.resolvedBase()); // the base's engine, options and limit, not its rating
            base.remove(List.of("rating", "calibrated"));
            recipe.set("baseRecipe", base);
        }
        return recipe;
    }

    /** Declares the recipe as {@link PlayerSpec}, so it is written with its {@code type}. */
    private record Typed(PlayerSpec spec) {
    }
}
