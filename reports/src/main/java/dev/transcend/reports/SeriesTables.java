package dev.transcend.reports;

import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.game.Termination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.transcend.reports.Block.Column.number;
import static dev.transcend.reports.Block.Column.text;

/** The tables of one series (model, cap, protocol), one row per temperature or per temperature and opponent. */
final class SeriesTables {

    private SeriesTables() {
    }

    /** @param rows the series' ratings, in temperature order */
    static Block.Table ratings(List<RatingRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (RatingRow r : rows) {
            cells.add(List.of(r.group().temperatureText(), Integer.toString(r.tally().games()),
                    CellFormat.wdl(r.tally()), CellFormat.percent(r.tally().score()),
                    CellFormat.ratingWithRd(r.glicko()), CellFormat.glickoInterval(r.glicko()),
                    CellFormat.elo(r.elo()), CapComparison.ofGlicko(r).text(), CellFormat.sprt(r.sprt())));
        }
        return new Block.Table(List.of(number("Temperature"), number("Games"), number("W/D/L"), number("Score"),
                number("Glicko-2 ± RD"), number("Glicko-2 95%"), number("Max-likelihood Elo [95%]"),
                text("Glicko-2 95% vs cap"), text("SPRT: rating above X")), cells);
    }

    /** @param games the series' games, any order */
    static Block.Table perOpponent(List<GameRow> games) {
        Map<OpponentKey, ScoreTally> tallies = new TreeMap<>();
        for (GameRow g : games) {
            tallies.merge(new OpponentKey(g.temperature(), g.opponentRating(), g.opponent(), g.opponentCalibrated()),
                    ScoreTally.EMPTY.plus(g.modelScore()),
                    (a, b) -> new ScoreTally(a.wins() + b.wins(), a.draws() + b.draws(), a.losses() + b.losses()));
        }
        List<List<String>> cells = new ArrayList<>();
        tallies.forEach((k, t) -> cells.add(List.of(CellFormat.temperature(k.temperature()), k.opponent(),
                CellFormat.rating(k.rating()), k.calibrated() ? "yes" : "NO (assumed)", Integer.toString(t.games()),
                CellFormat.wdl(t), CellFormat.percent(t.score()),
                CellFormat.percentInterval(t.wilsonLow95(), t.wilsonHigh95()))));
        return new Block.Table(List.of(number("Temperature"), text("Opponent"), number("Opponent Elo"),
                text("Calibrated"), number("Games"), number("W/D/L"), number("Score"), number("Score 95% (Wilson)")),
                cells);
    }

    /** @param rows the series' ratings, in temperature order */
    static Block.Table illegalMoves(List<RatingRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (RatingRow r : rows) {
            int games = r.tally().games();
            cells.add(List.of(r.group().temperatureText(), Integer.toString(games),
                    Integer.toString(r.illegalAttempts()), CellFormat.twoDecimals((double) r.illegalAttempts() / games),
                    Integer.toString(r.illegalLosses()), CellFormat.percent((double) r.illegalLosses() / games)));
        }
        return new Block.Table(List.of(number("Temperature"), number("Games"), number("Illegal attempts"),
                number("Attempts per game"), number("Illegal-move losses"), number("Share of games")), cells);
    }

    /** @param games the series' games, any order; one column per termination that occurs */
    static Block.Table terminations(List<GameRow> games) {
        Map<Double, Map<Termination, Integer>> counts = new TreeMap<>();
        Map<Termination, Boolean> seen = new EnumMap<>(Termination.class);
        for (GameRow g : games) {
            counts.computeIfAbsent(g.temperature(), t -> new EnumMap<>(Termination.class))
                    .merge(g.termination(), 1, Integer::sum);
            seen.put(g.termination(), true);
        }
        List<Block.Column> columns = new ArrayList<>(List.of(number("Temperature")));
        seen.keySet().forEach(t -> columns.add(number(t.name())));
        List<List<String>> cells = new ArrayList<>();
        counts.forEach((temperature, byTermination) -> {
            List<String> row = new ArrayList<>(List.of(CellFormat.temperature(temperature)));
            seen.keySet().forEach(t -> row.add(Integer.toString(byTermination.getOrDefault(t, 0))));
            cells.add(row);
        });
        return new Block.Table(columns, cells);
    }

    /** Per-opponent rows in reading order: temperature, opponent strength, name. */
    private record OpponentKey(double temperature, double rating, String opponent, boolean calibrated)
            implements Comparable<OpponentKey> {
        private static final Comparator<OpponentKey> ORDER = Comparator.comparingDouble(OpponentKey::temperature)
                .thenComparingDouble(OpponentKey::rating).thenComparing(OpponentKey::opponent)
                .thenComparing(OpponentKey::calibrated);

        @Override
        public int compareTo(OpponentKey other) {
            return ORDER.compare(this, other);
        }
    }
}
