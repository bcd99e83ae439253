package dev.transcend.core.games;

import java.math.BigDecimal;

/**
 * Identifies a game of a sweep: the same key in {@code games.csv} and in the {@code GameKey} tag of
 * {@code games.pgn} is how a resumed sweep skips finished games and keeps the two files in step.
 *
 * @param temperature sampling temperature tau
 * @param opponent opponent name
 * @param game 0-based index within (temperature, opponent)
 */
public record GameKey(double temperature, String opponent, int game) {

    /** @return e.g. {@code 0.001/stockfish-skill-1/12} */
    @Override
    public String toString() {
        return formatTemperature(temperature) + "/" + opponent + "/" + game;
    }

    /**
     * @param tau a temperature
     * @return it as a plain decimal without exponent, e.g. {@code 0.001}, {@code 0.75}, {@code 1.0}
     */
    public static String formatTemperature(double tau) {
        String plain = BigDecimal.valueOf(tau).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
