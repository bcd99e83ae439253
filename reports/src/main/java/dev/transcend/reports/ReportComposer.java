package dev.transcend.reports;

import dev.transcend.rating.Glicko2;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.transcend.reports.Block.Column.text;

/**
 * Lays out the report: the verdict first (the model against the best expert, the scale, the training diagnostics),
 * then the chart and how the numbers were computed, the findings (warnings, the cap), one section per (model, cap,
 * protocol) with its tables, and what was run (facts, notes, settings) last.
 */
final class ReportComposer {

    private ReportComposer() {
    }

    /**
     * @param ratings rows of {@code ratings.csv}
     * @param games rows of the {@code games.csv} files
     * @param context the caller's title, settings, facts and notes
     * @param evidence the run's ladder, players and training diagnostics
     * @param verdict the verdict on {@code ratings}
     * @param chartPath the chart's path relative to the report
     * @return the report
     */
    static ReportDocument compose(List<RatingRow> ratings, List<GameRow> games, ReportContext context,
                                  RunEvidence evidence, Verdict verdict, String chartPath) {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(Headline.of(ratings, verdict, evidence));
        blocks.add(new Block.Heading(2, "Rating vs. temperature"));
        blocks.add(new Block.Image(chartPath, "Rating against sampling temperature, with the experts' and the base"
                + " policy's ratings and the cap as horizontal lines"));
        blocks.add(new Block.Paragraph(methods()));
        blocks.add(new Block.Heading(2, "Findings"));
        blocks.addAll(Findings.of(ratings, games, evidence.scale()));

        Map<RatingGroup.Series, List<RatingRow>> ratingsBySeries = new TreeMap<>(ratings.stream()
                .sorted(Comparator.comparing(RatingRow::group))
                .collect(Collectors.groupingBy(r -> r.group().series())));
        Map<RatingGroup.Series, List<GameRow>> gamesBySeries = games.stream()
                .collect(Collectors.groupingBy(g -> RatingGroup.of(g).series()));
        ratingsBySeries.forEach((series, rows) -> {
            blocks.add(new Block.Heading(2, SeriesLabels.full(series)));
            blocks.add(new Block.Heading(3, "Ratings by temperature"));
            blocks.add(SeriesTables.ratings(rows));
            List<GameRow> seriesGames = gamesBySeries.getOrDefault(series, List.of());
            blocks.add(new Block.Heading(3, "Results per opponent"));
            blocks.add(SeriesTables.perOpponent(seriesGames));
            blocks.add(new Block.Heading(3, "Illegal moves"));
            blocks.add(new Block.Paragraph(series.protocol() == SamplingProtocol.FULL_VOCABULARY
                    ? "The model samples from the full move vocabulary; an illegal sample is redrawn, and a game is"
                    + " lost when no legal move comes within the allowed tries (illegal-move loss)."
                    : "The model samples only among legal moves (" + series.protocol() + "), so both counts should"
                    + " be 0."));
            blocks.add(SeriesTables.illegalMoves(rows));
            blocks.add(new Block.Heading(3, "How games ended"));
            blocks.add(SeriesTables.terminations(seriesGames));
        });
        if (ratings.isEmpty()) {
            blocks.add(new Block.Paragraph("ratings.csv holds no ratings: no games had finished."));
        }
        blocks.addAll(whatWasRun(ratings, games, context));
        return new ReportDocument(context.title(), blocks);
    }

    private static List<Block> whatWasRun(List<RatingRow> ratings, List<GameRow> games, ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "What was run"));
        List<List<String>> facts = new ArrayList<>();
        context.facts().forEach(f -> facts.add(List.of(f.name(), f.value())));
        facts.add(List.of("games", Integer.toString(games.size())));
        facts.add(List.of("ratings (model, cap, protocol, temperature)", Integer.toString(ratings.size())));
        facts.add(List.of("temperatures", ratings.stream().map(r -> r.group().temperature()).distinct().sorted()
                .map(CellFormat::temperature).collect(Collectors.joining(", "))));
        facts.add(List.of("opponents (by rating)", games.stream()
                .sorted(Comparator.comparingDouble(GameRow::opponentRating).thenComparing(GameRow::opponent))
                .map(g -> g.opponent() + " (" + CellFormat.rating(g.opponentRating()) + ")").distinct()
                .collect(Collectors.joining(", "))));
        blocks.add(new Block.Table(List.of(text("Fact"), text("Value")), facts));
        if (!context.notes().isEmpty()) {
            blocks.add(new Block.Bullets(context.notes()));
        }
        if (!context.settingsText().isBlank()) {
            blocks.add(new Block.Heading(3, "Resolved settings"));
            blocks.add(new Block.Preformatted(context.settingsText().stripTrailing()));
        }
        return blocks;
    }

    private static String methods() {
        return "Glicko-2 (Glickman 2013) is applied as in the paper: every game is its own rating period, the model"
                + " starts at " + CellFormat.rating(Glicko2.PAPER_START.rating()) + " / RD "
                + CellFormat.rating(Glicko2.PAPER_START.rd()) + " / volatility " + Glicko2.PAPER_START.volatility()
                + " with tau " + Glicko2.PAPER_TAU + ", opponents are fixed at their assumed Elo with RD 0, and games"
                + " are taken opponent by opponent from the weakest (then by game index); its 95% interval is rating"
                + " ± 1.96 RD. Because this result depends on the order of the games, the maximum-likelihood Elo is"
                + " shown as well: the rating whose expected score under 1 / (1 + 10^((R_opp - R) / 400)) equals the"
                + " actual score (draws count half), with a 95% profile-likelihood interval. For a 100% or 0% score no"
                + " finite estimate exists; the report then gives the exact one-sided 95% bound. Per-opponent score"
                + " intervals are Wilson 95% intervals.";
    }
}
