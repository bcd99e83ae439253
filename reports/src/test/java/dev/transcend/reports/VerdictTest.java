package dev.transcend.reports;

import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderRole;
import dev.transcend.core.ladder.LadderRow;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.ScoreTally;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict logic on constructed results: which expert is the reference, and when the model is above it. */
class VerdictTest {

    /** A panel: three experts (one not in the training data), their base policy, and an opponent. */
    private static final Ladder LADDER = new Ladder(List.of(
            new LadderRow("sf-base", LadderRole.BASE, "", "", 1600, 1550, 1650, 400, 0.8, false),
            new LadderRow("strong-out", LadderRole.EXPERT, "sf-base", "random p=0.1", 1400, 1350, 1450, 400, 0.6, false),
            new LadderRow("expert-a", LadderRole.EXPERT, "sf-base", "random p=0.3", 1200, 1150, 1250, 400, 0.5, false),
            new LadderRow("expert-b", LadderRole.EXPERT, "sf-base", "systematic knight-capture", 1100, 1050, 1150,
                    400, 0.45, false),
            new LadderRow("random", LadderRole.PLAYER, "", "", 0, 0, 0, 400, 0.05, true)));
    /** Who is in the training data: strong-out was above the cap, so none of its games were kept. */
    private static final List<PlayerRow> PLAYERS = List.of(
            new PlayerRow("expert-a", 1200, 1200, 900, 300),
            new PlayerRow("expert-b", 1100, 1100, 800, 100),
            new PlayerRow("strong-out", 1400, 1400, 0, 500));

    private static RatingRow row(double temperature, EloEstimate elo) {
        return new RatingRow(new RatingGroup("m", OptionalInt.of(1250), SamplingProtocol.LEGAL_MOVES, temperature),
                new ScoreTally(10, 5, 5), 0, 0, new Rating(1300, 50, 0.06), elo);
    }

    @Test
    void bestExpertIsTheHighestLadderExpertAmongKeptPlayers() {
        Optional<Verdict.Reference> best = BestExpert.find(Optional.of(LADDER), Optional.of(PLAYERS),
                OptionalInt.of(1250));
        assertEquals(Optional.of(new Verdict.Reference("expert-a", 1200, false)), best,
                "strong-out is a stronger expert but none of its games are in the data");
        assertEquals(Optional.of(new Verdict.Reference("sf-base", 1600, false)), BestExpert.basePolicy(Optional.of(LADDER)));
    }

    @Test
    void aboveOnlyWhenTheWholeIntervalClearsTheBestExpert() {
        Optional<Verdict.Reference> best = BestExpert.find(Optional.of(LADDER), Optional.of(PLAYERS),
                OptionalInt.of(1250));
        Verdict verdict = Verdict.of(List.of(
                        row(0.001, EloEstimate.interval(1320, 1230, 1410)),   // above 1200
                        row(1.0, EloEstimate.interval(1180, 1090, 1270))),    // overlaps 1200
                best, BestExpert.basePolicy(Optional.of(LADDER)), RatingScale.LADDER);
        assertEquals("ladder", verdict.scale());
        assertTrue(verdict.temperatures().get(0).aboveBestExpert());
        assertFalse(verdict.temperatures().get(1).aboveBestExpert());
        assertTrue(verdict.transcends());
        assertEquals(1320, verdict.temperatures().get(0).rating());
        assertEquals("none", verdict.temperatures().get(0).bound());
        assertEquals(1250, verdict.temperatures().get(0).cap());
    }

    @Test
    void overlappingEverywhereDoesNotTranscend() {
        Verdict verdict = Verdict.of(List.of(row(0.001, EloEstimate.interval(1210, 1100, 1320)),
                row(1.0, EloEstimate.interval(900, 800, 1000))), Optional.of(new Verdict.Reference("expert-a", 1200,
                false)), Optional.empty(), RatingScale.LADDER);
        assertFalse(verdict.transcends());
        assertNull(verdict.basePolicy());
    }

    @Test
    void unboundedEstimatesUseTheirOneSidedBoundsHonestly() {
        Verdict.Reference expert = new Verdict.Reference("expert-a", 1200, false);
        // every game won: no maximum-likelihood estimate, only "at least 1150", which does not clear 1200
        Verdict allWonLow = Verdict.of(List.of(row(0.001, EloEstimate.lowerBound(1150))), Optional.of(expert),
                Optional.empty(), RatingScale.LADDER);
        assertFalse(allWonLow.transcends());
        // "at least 1260" does clear it
        Verdict allWonHigh = Verdict.of(List.of(row(0.001, EloEstimate.lowerBound(1260))), Optional.of(expert),
                Optional.empty(), RatingScale.LADDER);
        assertTrue(allWonHigh.transcends());
        Verdict.Entry entry = allWonHigh.temperatures().get(0);
        assertNull(entry.rating(), "no finite estimate for a 100% score");
        assertNull(entry.high95());
        assertEquals(1260, entry.low95());
        assertEquals("lower", entry.bound());
        // every game lost: "at most 5000" says nothing about being above anyone
        Verdict allLost = Verdict.of(List.of(row(1.0, EloEstimate.upperBound(5000))), Optional.of(expert),
                Optional.empty(), RatingScale.LADDER);
        assertFalse(allLost.transcends());
        assertEquals("upper", allLost.temperatures().get(0).bound());
    }

    @Test
    void withoutALadderTheBestExpertIsTheHighestPgnRatingAmongKeptPlayersAndAssumed() {
        Optional<Verdict.Reference> best = BestExpert.find(Optional.empty(), Optional.of(PLAYERS), OptionalInt.of(1250));
        assertEquals(Optional.of(new Verdict.Reference("expert-a", 1200, true)), best);
        // a player whose highest tag is above the cap counts at most at the cap: its kept games were all below it
        List<PlayerRow> mixed = List.of(new PlayerRow("p", 1100, 1500, 3, 2));
        assertEquals(Optional.of(new Verdict.Reference("p", 1250, true)),
                BestExpert.find(Optional.empty(), Optional.of(mixed), OptionalInt.of(1250)));
        assertEquals(Optional.empty(), BestExpert.basePolicy(Optional.empty()));
    }

    @Test
    void withNothingKnownTheCapIsTheAssumedReference() {
        assertEquals(Optional.of(new Verdict.Reference("cap", 1250, true)),
                BestExpert.find(Optional.empty(), Optional.empty(), OptionalInt.of(1250)));
        assertEquals(Optional.empty(), BestExpert.find(Optional.empty(), Optional.empty(), OptionalInt.empty()));
        Verdict verdict = Verdict.of(List.of(row(0.001, EloEstimate.interval(1500, 1400, 1600))), Optional.empty(),
                Optional.empty(), RatingScale.ASSUMED);
        assertFalse(verdict.transcends(), "nothing to compare with is not a yes");
        assertNull(verdict.bestExpert());
    }

    @Test
    void withALadderButNoPlayersListTheBestExpertAtOrBelowTheCapIsTaken() {
        assertEquals(Optional.of(new Verdict.Reference("expert-a", 1200, false)),
                BestExpert.find(Optional.of(LADDER), Optional.empty(), OptionalInt.of(1250)));
    }
}
