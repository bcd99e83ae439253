package dev.transcend.arena.player;

import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRole;
import dev.transcend.core.ladder.LadderRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LadderRatingsTest {

    /** An expert rated from a ladder is still an expert of its base: generate and play can open it. */
    @Test
    void anExpertKeepsItsResolvedBaseAndTakesTheLaddersRating(@TempDir Path dir) throws Exception {
        PlayerRoster roster = PlayerRoster.read(Path.of("..", "configs", "panels", "random-5.yaml"));
        Path ladder = dir.resolve("ladder.csv");
        LadderCsv.write(ladder, new Ladder(List.of(
                new LadderRow("expert-r50-a", LadderRole.EXPERT, "base-sf-d1", "random p=0.5", 482.4, 330, 634, 112,
                        0.5, false),
                new LadderRow("random", LadderRole.PLAYER, "", "", 0, 0, 0, 112, 0.03, true))));
        LadderRatings rated = LadderRatings.apply(roster.select(List.of("expert-r50-a", "expert-r30")), ladder);
        ExpertSpec expert = assertInstanceOf(ExpertSpec.class, rated.players().get(0));
        assertEquals(482, expert.rating());
        assertTrue(expert.calibrated());
        assertEquals("base-sf-d1", expert.resolvedBase().name(), "the base survives the new rating");
        assertEquals(List.of("expert-r30"), rated.missing());
    }
}
