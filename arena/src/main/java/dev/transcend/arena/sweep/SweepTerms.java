package dev.transcend.arena.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.arena.player.PlayerRecipes;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.Terms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a sweep folder's games are played under, stored as {@code sweep.json} when a sweep starts (the manifest is
 * written only when it completes). Games played under other rules cannot share one {@code games.csv}: a different
 * move limit changes how many games are drawn, a different seed or opponent options give other games, and a different
 * opponent rating moves the model's rating. So a resumed sweep may add temperatures, opponents and games per
 * opponent, but not change these terms for games already recorded.
 *
 * @param model the swept player's name
 * @param cap its training-data rating cap, Elo, or null
 * @param protocol sampling protocol
 * @param maxTries samples per move before a game is lost
 * @param moveLimit full moves before a game is stopped as a draw
 * @param seed the run seed the game seeds derive from
 * @param opponents each opponent's recipe ({@link PlayerRecipes}), by name; with a ladder, its ratings
 * @param openingPlies plies of the random openings, or null for the standard start (absent in older folders)
 * @param contextOverflow what a game longer than the model's context does, or null for the default
 *                        {@link ContextOverflow#REFUSE} (absent in older folders, and in new ones that keep the
 *                        default, so they resume unchanged): {@code end} draws games that {@code slide} plays on
 * @param adjudication how games at the move limit are decided, or null for the paper's draw (absent in older folders);
 *                     another engine or margin decides other games
 * @param adjudicator the adjudicating engine's recipe ({@link PlayerRecipes}: command, options, limit), or null
 */
record SweepTerms(String model, Integer cap, SamplingProtocol protocol, int maxTries, int moveLimit, long seed,
                  Map<String, JsonNode> opponents, Integer openingPlies, ContextOverflow contextOverflow,
                  Adjudication adjudication, JsonNode adjudicator) {

    /** File name inside the sweep folder. */
    static final String FILE = "sweep.json";

    /** @return the terms of a run */
    static SweepTerms of(PlayerSpec model, OptionalInt cap, PlaySettings settings, List<PlayerSpec> opponents,
                         PlayerSpec adjudicator) {
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        opponents.forEach(o -> recipes.put(o.name(), PlayerRecipes.of(o)));
        return new SweepTerms(model.name(), cap.isPresent() ? cap.getAsInt() : null, settings.protocol(),
                settings.maxTries(), settings.moveLimit(), settings.seed(), recipes,
                settings.openingPlies() == 0 ? null : settings.openingPlies(),
                settings.contextOverflow() == ContextOverflow.REFUSE ? null : settings.contextOverflow(),
                settings.adjudication(), adjudicator == null ? null : PlayerRecipes.of(adjudicator));
    }

    /**
     * Checks this run's terms against those the folder's games were played under (every term, and the recipes of the
     * opponents with games), then records the terms from now on: this run's, plus the recorded recipes of opponents
     * that have games but are not in this run.
     *
     * @param outDir the sweep folder
     * @param rows the games already in its {@code games.csv}
     * @throws dev.transcend.core.provenance.RefusedException if the folder holds games but no {@code sweep.json}, or
     *                                                         games played under other terms
     * @throws IOException if {@code sweep.json} cannot be written
     */
    void claim(Path outDir, List<GameRow> rows) throws IOException {
        Path file = outDir.resolve(FILE);
        SweepTerms now = this;
        if (!rows.isEmpty()) {
            SweepTerms before = Terms.recorded(file, SweepTerms.class, outDir.resolve(Sweep.GAMES_CSV) + " holds "
                    + rows.size() + " games");
            Set<String> played = new LinkedHashSet<>();
            rows.forEach(r -> played.add(r.opponent()));
            Map<String, JsonNode> recipes = new LinkedHashMap<>(opponents);
            played.stream().filter(before.recipes()::containsKey) // opponents with games but not in this run
                    .forEach(name -> recipes.putIfAbsent(name, before.recipes().get(name)));
            now = new SweepTerms(model, cap, protocol, maxTries, moveLimit, seed, recipes, openingPlies,
                    contextOverflow, adjudication, adjudicator);
            Terms.require(Stage.PLAY, file, before.playedBy(played), now.playedBy(played));
        }
        Terms.write(file, now);
    }

    private Map<String, JsonNode> recipes() {
        return opponents == null ? Map.of() : opponents;
    }

    /** @return these terms with only the recipes of {@code played} opponents, the ones games were recorded against */
    private SweepTerms playedBy(Set<String> played) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        played.stream().filter(recipes()::containsKey).forEach(name -> kept.put(name, recipes().get(name)));
        return new SweepTerms(model, cap, protocol, maxTries, moveLimit, seed, kept, openingPlies, contextOverflow,
                adjudication, adjudicator);
    }
}
