package dev.transcend.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsTest {

    record Limit(Integer nodes, Integer depth) {
    }

    record Opponent(String engine, int rating, Limit limit, Map<String, String> options) {
    }

    record Sweep(int moveLimit, long seed, Double temperature, List<String> panel, Map<String, Opponent> opponents) {
    }

    private static final Sweep BASE = new Sweep(40, 1L, 1.0, List.of("a", "b"),
            Map.of("sf", new Opponent("stockfish", 1500, new Limit(null, 1), Map.of())));

    private static List<String> changes(Object before, Object after) {
        return Terms.changes(before, after).stream().map(TermChange::toString).toList();
    }

    @Test
    void equalTermsHaveNoChanges() {
        assertEquals(List.of(), Terms.changes(BASE, new Sweep(40, 1L, 1.0, List.of("a", "b"),
                Map.of("sf", new Opponent("stockfish", 1500, new Limit(null, 1), Map.of())))));
    }

    @Test
    void numbersCompareByValueWhateverTheirJsonType() throws IOException {
        JsonNode handEdited = Json.mapper().readTree("{\"moveLimit\": \"40\", \"seed\": 1.0, \"temperature\": 1,"
                + " \"panel\": [\"a\", \"b\"], \"opponents\": {\"sf\": {\"engine\": \"stockfish\", \"rating\": \"1500\","
                + " \"limit\": {\"depth\": 1.0}, \"options\": {}}}}");
        assertEquals(List.of(), changes(handEdited, BASE), "\"150\" vs 150 is no change");
        assertEquals(List.of("moveLimit 150 -> 151"), changes(Map.of("moveLimit", "150"), Map.of("moveLimit", 151)));
        assertEquals(List.of("moveLimit abc -> 150"), changes(Map.of("moveLimit", "abc"), Map.of("moveLimit", 150)));
        assertEquals(List.of("x 1e2 -> 100x"), changes(Map.of("x", "1e2"), Map.of("x", "100x")),
                "two texts compare as texts");
    }

    @Test
    void nestedRecordsNameThePathOfEachChange() {
        Sweep changed = new Sweep(30, 2L, 1.0, List.of("a", "b"), Map.of("sf",
                new Opponent("stockfish", 1600, new Limit(null, 2), Map.of("Skill Level", "3"))));
        assertEquals(List.of("moveLimit 40 -> 30", "seed 1 -> 2", "opponents.sf.rating 1500 -> 1600",
                "opponents.sf.limit.depth 1 -> 2", "opponents.sf.options.Skill Level none -> 3"),
                changes(BASE, changed));
        TermChange first = Terms.changes(BASE, changed).get(0);
        assertEquals(new TermChange("moveLimit", 40, 30), first);
        assertEquals("train.moveLimit 40 -> 30", first.under("train").toString());
    }

    @Test
    void listsCompareAsWholesAndAbsentValuesShowAsNone() {
        Sweep reordered = new Sweep(40, 1L, null, List.of("b", "a"), Map.of());
        assertEquals(List.of("temperature 1.0 -> none", "panel [\"a\",\"b\"] -> [\"b\",\"a\"]",
                "opponents.sf {\"engine\":\"stockfish\",\"rating\":1500,\"limit\":{\"depth\":1},\"options\":{}} -> none"),
                changes(BASE, reordered));
        assertEquals(List.of(), changes(List.of(1, 2.0, "3"), List.of(1.0, 2, 3)), "numbers by value inside lists");
        assertEquals(List.of("panel [1,2] -> [1,2,3]"), Terms.changes("panel", List.of(1, 2), List.of(1, 2, 3))
                .stream().map(TermChange::toString).toList());
        assertEquals(List.of("generate.games 60 -> 70"), Terms.changes("generate.games", 60, 70).stream()
                .map(TermChange::toString).toList());
    }

    @Test
    void aTermsFileIsReadTypedOrRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sweep.json");
        RefusedException missing = assertThrows(RefusedException.class,
                () -> Terms.recorded(file, Sweep.class, "games.csv holds 8 games"));
        assertEquals(new Refusal.TermsMissing(file, "games.csv holds 8 games"), missing.refusal());
        Terms.write(file, BASE);
        assertEquals(BASE, Terms.recorded(file, Sweep.class, "games"));
        for (String damaged : List.of("", "{\"moveLimit\": ", "{\"moveLimit\": \"forty\"}", "[]")) {
            Files.writeString(file, damaged);
            RefusedException e = assertThrows(RefusedException.class, () -> Terms.recorded(file, Sweep.class, "games"),
                    damaged);
            assertEquals(file, ((Refusal.Unreadable) e.refusal()).file());
            assertTrue(e.getMessage().startsWith(file + " is not readable ("), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void requireRefusesNamingEveryChange(@TempDir Path dir) {
        Terms.require(Stage.GENERATE, dir.resolve("generate.json"), BASE, BASE);
        RefusedException e = assertThrows(RefusedException.class, () -> Terms.require(Stage.GENERATE,
                dir.resolve("generate.json"), BASE, new Sweep(41, 2L, 1.0, List.of("a", "b"), BASE.opponents())));
        assertEquals(new Refusal.TermsChanged(Stage.GENERATE, dir, dir.resolve("generate.json"),
                List.of(new TermChange("moveLimit", 40, 41), new TermChange("seed", 1L, 2L))), e.refusal());
    }

    @Test
    void refusalsSayWhatIsWrongWithoutAdvice(@TempDir Path dir) {
        Refusal changed = new Refusal.TermsChanged(Stage.PLAY, dir, dir.resolve("sweep.json"),
                List.of(new TermChange("moveLimit", 30, 25), new TermChange("seed", 1, 2)));
        assertEquals("cannot resume " + dir + ": " + dir.resolve("sweep.json") + " records other settings: "
                + "moveLimit 30 -> 25; seed 1 -> 2", changed.describe());
        assertTrue(new Refusal.TermsMissing(dir.resolve("sweep.json"), "games.csv holds 8 games").describe()
                .startsWith(dir.resolve("sweep.json") + " is missing, but games.csv holds 8 games"));
        assertEquals(Stage.PLAY, Stage.of("play"));
        assertThrows(IllegalArgumentException.class, () -> Stage.of("Play"));
    }
}
