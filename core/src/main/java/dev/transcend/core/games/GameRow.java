package dev.transcend.core.games;

import dev.transcend.core.chess.Color;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One row of {@code games.csv}: one finished game of a sweep, from the model's side. The file is the
 * contract between the play, rate and report stages (columns in {@link #HEADER}).
 *
 * @param model the model player's name (its policy name)
 * @param cap rating cap of the model's training data, Elo; empty if unknown or uncapped
 * @param protocol sampling protocol
 * @param temperature sampling temperature tau (0 means argmax)
 * @param opponent opponent name
 * @param opponentRating opponent's assumed Elo, rating points
 * @param opponentCalibrated whether that rating was measured on this setup rather than assumed
 * @param game 0-based index within (temperature, opponent)
 * @param modelColor the model's colour
 * @param result the game's outcome
 * @param modelScore 1, 0.5 or 0; must agree with {@code result} and {@code modelColor}
 * @param termination why the game ended
 * @param plies half-moves played
 * @param illegalAttempts illegal samples the model drew in this game (0 under {@code LEGAL_MOVES})
 * @param seed the game's seed
 * @param durationMs wall time of the game, ms
 * @param detail free text, e.g. the illegal samples of a lost game; line breaks are replaced by spaces
 * @throws IllegalArgumentException if a value is out of range (e.g. an opponent rating outside
 *                                  {@link #MIN_OPPONENT_RATING}..{@link #MAX_OPPONENT_RATING}) or the score disagrees
 *                                  with the result
 */
public record GameRow(String model, OptionalInt cap, SamplingProtocol protocol, double temperature, String opponent,
                      double opponentRating, boolean opponentCalibrated, int game, Color modelColor, Outcome result,
                      double modelScore, Termination termination, int plies, int illegalAttempts, long seed,
                      long durationMs, String detail) {

    /** The exact header of {@code games.csv}. */
    public static final List<String> HEADER = List.of("model", "cap", "protocol", "temperature", "opponent",
            "opponent_rating", "opponent_calibrated", "game", "model_color", "result", "model_score", "termination",
            "plies", "illegal_attempts", "seed", "duration_ms", "detail");

    /**
     * Lowest plausible opponent rating, rating points. Elo ratings of real players and engines lie well inside
     * -1000..5000 (player specs allow 0..4000); a value outside is a typo or a broken file, and one such game would
     * drag the model's rating arbitrarily far.
     */
    public static final double MIN_OPPONENT_RATING = -1000;
    /** Highest plausible opponent rating, rating points (see {@link #MIN_OPPONENT_RATING}). */
    public static final double MAX_OPPONENT_RATING = 5000;

    public GameRow {
        detail = detail == null ? "" : detail.replace('\r', ' ').replace('\n', ' ');
        if (model.isBlank() || opponent.isBlank()) {
            throw new IllegalArgumentException("model and opponent must not be empty");
        }
        if (cap.isPresent() && cap.getAsInt() < 0) {
            throw new IllegalArgumentException("cap must be >= 0, got " + cap.getAsInt());
        }
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0 and finite, got " + temperature);
        }
        if (game < 0 || plies < 0 || illegalAttempts < 0 || durationMs < 0) {
            throw new IllegalArgumentException("game, plies, illegal_attempts and duration_ms must be >= 0, got "
                    + game + ", " + plies + ", " + illegalAttempts + ", " + durationMs);
        }
        if (!(opponentRating >= MIN_OPPONENT_RATING && opponentRating <= MAX_OPPONENT_RATING)) {
            throw new IllegalArgumentException("opponent_rating " + formatRating(opponentRating)
                    + " is not a plausible Elo; use " + (int) MIN_OPPONENT_RATING + ".." + (int) MAX_OPPONENT_RATING
                    + " rating points");
        }
        if (modelScore != result.scoreFor(modelColor)) {
            throw new IllegalArgumentException("model_score " + modelScore + " does not match result " + result.pgn()
                    + " for model_color " + modelColor.name().toLowerCase(Locale.ROOT));
        }
    }

    /** @return the sweep key of this game */
    public GameKey key() {
        return new GameKey(temperature, opponent, game);
    }

    /** @return whether the model lost because it sampled no legal move within its tries (the paper's rule) */
    public boolean isIllegalMoveLoss() {
        return termination == Termination.NO_LEGAL_SAMPLE && modelScore == 0.0;
    }

    /**
     * @return whether the model won because the engine failed (illegal move, crash or stall), not by play; such a
     *         win says nothing about the model's strength
     */
    public boolean isEngineFaultWin() {
        return termination.isEngineFault() && modelScore == 1.0;
    }

    /** @return the cells in {@link #HEADER} order */
    public List<Object> cells() {
        return List.of(model, cap.isPresent() ? Integer.toString(cap.getAsInt()) : "", protocol.name(),
                GameKey.formatTemperature(temperature), opponent, formatRating(opponentRating), opponentCalibrated,
                game, modelColor.name().toLowerCase(Locale.ROOT), result.pgn(), score(modelScore), termination.name(),
                plies, illegalAttempts, seed, durationMs, detail);
    }

    /** @return a rating as written to {@code games.csv}: without decimals when whole, e.g. {@code 1554} */
    static String formatRating(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static String score(double s) {
        return s == 1 ? "1" : s == 0 ? "0" : "0.5";
    }
}
