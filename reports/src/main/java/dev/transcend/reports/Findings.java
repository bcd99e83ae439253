package dev.transcend.reports;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The messages a reader must see before any table: whether each model rated above its cap, and everything that
 * weakens that reading (uncalibrated opponents, games decided by the arena, inputs that disagree).
 */
final class Findings {

    private Findings() {
    }

    /** @return the warnings (first) and one verdict per series, whose caveat names {@code scale} */
    static List<Block> of(List<RatingRow> ratings, List<GameRow> games, RatingScale scale) {
        List<Block> blocks = new ArrayList<>();
        uncalibrated(games).ifPresent(blocks::add);
        mismatch(ratings, games).ifPresent(blocks::add);
        arenaDecided(games).ifPresent(blocks::add);
        illegalMoves(ratings).ifPresent(blocks::add);
        Map<RatingGroup.Series, List<RatingRow>> bySeries = new TreeMap<>(ratings.stream()
                .collect(Collectors.groupingBy(r -> r.group().series())));
        bySeries.forEach((series, rows) -> blocks.add(verdict(series, rows, scale)));
        return blocks;
    }

    /** @return the estimate, or for a 0% or 100% score its one-sided bound, to rank temperatures by */
    private static double representative(EloEstimate elo) {
        return switch (elo.bound()) {
            case NONE -> elo.mle().getAsDouble();
            case LOWER -> elo.low95().getAsDouble();
            case UPPER -> elo.high95().getAsDouble();
        };
    }

    /** @return whether the series rated above its cap at some temperature, with the honest qualifications */
    static Block verdict(RatingGroup.Series series, List<RatingRow> rows, RatingScale scale) {
        // the scale's full caveat is in the verdict section; name it here without repeating it
        String caveat = " Rating scale: " + scale.id() + " (see the verdict section).";
        String name = SeriesLabels.full(series);
        if (series.cap().isEmpty()) {
            return new Block.Callout(Block.Tone.NOTE, name + ": no cap",
                    "The model was trained without a rating cap, so transcendence is not defined for it.");
        }
        int cap = series.cap().getAsInt();
        List<RatingRow> above = rows.stream().filter(r -> CapComparison.ofGlicko(r) == CapComparison.ABOVE).toList();
        RatingRow best = rows.stream().max((a, b) -> Double.compare(a.glicko().rating(), b.glicko().rating()))
                .orElseThrow();
        RatingRow bestElo = rows.stream().max(Comparator.comparingDouble(r -> representative(r.elo()))).orElseThrow();
        // sequential Glicko-2 depends on game order, so name the order-independent estimate's best too
        String bestText = "Glicko-2 " + CellFormat.ratingWithRd(best.glicko()) + " "
                + CellFormat.glickoInterval(best.glicko()) + " at temperature " + best.group().temperatureText()
                + "; maximum-likelihood Elo " + CellFormat.elo(bestElo.elo()) + " at temperature "
                + bestElo.group().temperatureText();
        if (above.isEmpty()) {
            String why = CapComparison.ofGlicko(best) == CapComparison.OVERLAPS
                    ? " Its interval contains the cap, so this run cannot tell whether the model plays above or below"
                    + " it; more games would narrow the interval."
                    : " Even the best interval lies below the cap.";
            return new Block.Callout(Block.Tone.NOTE, name + ": not shown to transcend",
                    "At no temperature does the Glicko-2 95% interval lie entirely above the training cap of " + cap
                            + ". Highest ratings: " + bestText + "." + why + caveat);
        }
        List<String> temps = above.stream().map(r -> r.group().temperatureText()).toList();
        List<String> eloAgrees = above.stream().filter(r -> r.elo().entirelyAbove(cap))
                .map(r -> r.group().temperatureText()).toList();
        String elo = eloAgrees.size() == above.size()
                ? " The maximum-likelihood Elo's 95% interval (or bound) is also above the cap there."
                : " The maximum-likelihood Elo's 95% interval (or bound) is above the cap only at "
                + (eloAgrees.isEmpty() ? "none of them" : String.join(", ", eloAgrees)) + ".";
        String multiple = rows.size() > 1
                ? " " + rows.size() + " temperatures were tested; if the model truly played at its cap, each interval"
                + " would clear it by chance about 2.5% of the time, so a single clearance among several is weaker"
                + " evidence than it looks."
                : "";
        return new Block.Callout(Block.Tone.NOTE, name + ": rated above its cap",
                "At temperature" + (temps.size() > 1 ? "s " : " ") + String.join(", ", temps)
                        + " the Glicko-2 95% interval lies entirely above the training cap of " + cap + " (highest: "
                        + bestText + "). This is evidence that the model plays above the level of the games it was"
                        + " trained on, against these opponents." + elo
                        + multiple + caveat);
    }

    private static Optional<Block> uncalibrated(List<GameRow> games) {
        Map<String, Double> assumed = new TreeMap<>();
        games.stream().filter(g -> !g.opponentCalibrated())
                .forEach(g -> assumed.put(g.opponent(), g.opponentRating()));
        if (assumed.isEmpty()) {
            return Optional.empty();
        }
        String list = assumed.entrySet().stream()
                .map(e -> e.getKey() + " (assumed " + CellFormat.rating(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        return Optional.of(new Block.Callout(Block.Tone.WARNING, "Uncalibrated opponents",
                "These opponents have opponent_calibrated = false: " + list + ". Their Elo is an assumption, not a"
                        + " measurement. Every rating in this report is relative to it, and comparing a rating with"
                        + " the training cap is only as good as that assumption."));
    }

    private static Optional<Block> mismatch(List<RatingRow> ratings, List<GameRow> games) {
        Map<RatingGroup, Long> played = games.stream()
                .collect(Collectors.groupingBy(RatingGroup::of, TreeMap::new, Collectors.counting()));
        Map<RatingGroup, Long> rated = new TreeMap<>();
        ratings.forEach(r -> rated.put(r.group(), (long) r.tally().games()));
        List<String> problems = new ArrayList<>();
        for (RatingGroup group : union(played, rated)) {
            long p = played.getOrDefault(group, 0L);
            long r = rated.getOrDefault(group, 0L);
            if (p != r) {
                problems.add(SeriesLabels.full(group.series()) + " at temperature " + group.temperatureText()
                        + ": ratings.csv counts " + r + " games, the games.csv files hold " + p);
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block.Callout(Block.Tone.WARNING, "Ratings and games disagree",
                "ratings.csv was not computed from exactly the games given, so ratings and per-opponent tables may"
                        + " describe different games (re-run the rate stage): " + String.join("; ", problems) + "."));
    }

    private static List<RatingGroup> union(Map<RatingGroup, Long> a, Map<RatingGroup, Long> b) {
        TreeSet<RatingGroup> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return List.copyOf(all);
    }

    private static Optional<Block> arenaDecided(List<GameRow> games) {
        Map<Termination, Integer> counts = new EnumMap<>(Termination.class);
        for (GameRow g : games) {
            if (g.termination() == Termination.ILLEGAL_MOVE || g.termination() == Termination.ENGINE_CRASH
                    || g.termination() == Termination.ENGINE_TIMEOUT) {
                counts.merge(g.termination(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        String list = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return Optional.of(new Block.Callout(Block.Tone.WARNING, "Games decided by the arena",
                "Some games ended because an engine failed rather than on the board (" + list + "). They count as"
                        + " results like any other and may flatter the model; see the tables of how games ended."));
    }

    private static Optional<Block> illegalMoves(List<RatingRow> ratings) {
        List<RatingRow> full = ratings.stream().filter(r -> r.group().protocol() == SamplingProtocol.FULL_VOCABULARY).toList();
        if (full.isEmpty()) {
            return Optional.empty();
        }
        int attempts = full.stream().mapToInt(RatingRow::illegalAttempts).sum();
        int losses = full.stream().mapToInt(RatingRow::illegalLosses).sum();
        int gameCount = full.stream().mapToInt(r -> r.tally().games()).sum();
        return Optional.of(new Block.Callout(Block.Tone.NOTE, "Illegal moves (FULL_VOCABULARY)",
                "Under FULL_VOCABULARY the model samples from every move token, legal or not. Over " + gameCount
                        + " such games it drew " + attempts + " illegal moves and lost " + losses + " game(s) by"
                        + " failing to sample a legal move within its tries; per-temperature counts are in the"
                        + " illegal-move tables."));
    }
}
