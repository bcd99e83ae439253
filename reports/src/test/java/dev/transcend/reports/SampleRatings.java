package dev.transcend.reports;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Paper-like rating rows for chart and report tests: two caps over the paper's eight temperatures. */
final class SampleRatings {

    static final double[] TEMPERATURES = {0.001, 0.01, 0.1, 0.3, 0.5, 0.75, 1.0, 1.5};

    private SampleRatings() {
    }

    static List<RatingRow> twoCaps() {
        List<RatingRow> rows = new ArrayList<>();
        for (int cap : new int[] {1000, 1300}) {
            for (int i = 0; i < TEMPERATURES.length; i++) {
                double r = cap + 350 - 60.0 * i - (cap == 1300 ? 150 : 0);
                RatingGroup group = new RatingGroup("tiny", OptionalInt.of(cap), SamplingProtocol.LEGAL_MOVES, TEMPERATURES[i]);
                EloEstimate elo = i == 7 && cap == 1000 ? EloEstimate.upperBound(r)
                        : i == 0 && cap == 1300 ? EloEstimate.lowerBound(r - 40)
                        : EloEstimate.interval(r + 10, r - 90, r + 110);
                rows.add(new RatingRow(group, new ScoreTally(100 + i, 50, 150 - i), 0, 0,
                        new Rating(r, 45 + 5 * i, 0.06), elo));
            }
        }
        return rows;
    }
}
