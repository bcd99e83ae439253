package dev.transcend.core.ratings;

import dev.transcend.core.io.StrictCsvReader;

import java.util.List;

/**
 * Refuses {@code ratings.csv} values no rating computation can produce, before {@link RatingsCsv} builds a row,
 * so that a damaged or hand-edited file fails with a sentence about its columns rather than the record
 * constructors' internal wording. Checked per row, in this order:
 * <ul>
 *   <li>every rating column ({@code glicko_rating}, {@code glicko_low95}, {@code glicko_high95}, {@code elo_mle},
 *       {@code elo_low95}, {@code elo_high95}) lies within +-{@value #MAX_RATING} rating points: human and engine
 *       Elo ratings lie within about 0..3600, so anything beyond is corruption, not a strong model;</li>
 *   <li>{@code glicko_rd} is 0..{@value #MAX_RATING}, {@code glicko_volatility} is positive (Glickman's Glicko-2
 *       sigma), {@code score} is 0..1;</li>
 *   <li>{@code glicko_low95 <= glicko_rating <= glicko_high95};</li>
 *   <li>{@code elo_bound} is {@code none} with {@code elo_low95 <= elo_mle <= elo_high95} all present,
 *       {@code lower} with only {@code elo_low95}, or {@code upper} with only {@code elo_high95} (arena's
 *       {@code EloEstimate}).</li>
 * </ul>
 */
final class RatingsCsvChecks {

    /** Largest plausible absolute rating, rating points. */
    static final int MAX_RATING = 10_000;

    private static final List<String> RATING_COLUMNS = List.of("glicko_rating", "glicko_low95", "glicko_high95",
            "elo_mle", "elo_low95", "elo_high95");

    private RatingsCsvChecks() {
    }

    /** Throws {@link IllegalArgumentException} naming the column; StrictCsvReader adds file and line. */
    static void check(StrictCsvReader.Cells c) {
        for (String column : RATING_COLUMNS) {
            if (!c.text(column).isBlank() && Math.abs(c.decimal(column)) > MAX_RATING) {
                throw new IllegalArgumentException(column + " " + c.required(column) + " is not a plausible rating"
                        + " (allowed -" + MAX_RATING + ".." + MAX_RATING + " rating points)");
            }
        }
        double rd = c.decimal("glicko_rd");
        if (rd < 0 || rd > MAX_RATING) {
            throw new IllegalArgumentException("glicko_rd " + c.required("glicko_rd") + " is not a plausible rating"
                    + " deviation (allowed 0.." + MAX_RATING + " rating points)");
        }
        if (c.decimal("glicko_volatility") <= 0) {
            throw new IllegalArgumentException("glicko_volatility " + c.required("glicko_volatility")
                    + " must be greater than 0");
        }
        double score = c.decimal("score");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score " + c.required("score") + " is outside 0..1");
        }
        inOrder(c, "glicko_low95", "glicko_rating", "glicko_high95");
        String bound = c.required("elo_bound");
        switch (bound) {
            case "none" -> {
                present(c, bound, "elo_mle", "elo_low95", "elo_high95");
                inOrder(c, "elo_low95", "elo_mle", "elo_high95");
            }
            case "lower" -> {
                present(c, bound + " (a 100% score)", "elo_low95");
                absent(c, bound + " (a 100% score)", "elo_mle", "elo_high95");
            }
            case "upper" -> {
                present(c, bound + " (a 0% score)", "elo_high95");
                absent(c, bound + " (a 0% score)", "elo_mle", "elo_low95");
            }
            default -> throw new IllegalArgumentException("elo_bound must be one of none, lower, upper; got '"
                    + bound + "'");
        }
    }

    private static void inOrder(StrictCsvReader.Cells c, String low, String value, String high) {
        double v = c.decimal(value);
        if (v < c.decimal(low) || v > c.decimal(high)) {
            throw new IllegalArgumentException(value + " " + c.required(value) + " is outside " + low + ".." + high
                    + " (" + c.required(low) + ".." + c.required(high) + ")");
        }
    }

    private static void present(StrictCsvReader.Cells c, String bound, String... columns) {
        for (String column : columns) {
            if (c.text(column).isBlank()) {
                throw new IllegalArgumentException("elo_bound " + bound + " needs " + String.join(", ", columns)
                        + ", but " + column + " is empty");
            }
        }
    }

    private static void absent(StrictCsvReader.Cells c, String bound, String... columns) {
        for (String column : columns) {
            if (!c.text(column).isBlank()) {
                throw new IllegalArgumentException("elo_bound " + bound + " leaves " + column + " empty, but it is "
                        + c.text(column).strip());
            }
        }
    }
}
