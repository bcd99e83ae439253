package dev.transcend.cli;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.core.ratings.SprtVerdict;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --sprt-*} options of {@code play} (stop a temperature once decided) and {@code rate} (the {@code sprt_*}
 * columns): core's {@link Sprt} of "the model's rating is above X".
 */
public final class SprtOptions {

    /** {@code --sprt-above} value that turns the test off. */
    public static final String NONE = "none";

    @Option(names = "--sprt-above", paramLabel = "X",
            description = "SPRT of 'rating above X': cap (the model's training-data cap), best (the highest-rated"
                    + " opponent), an Elo number, or none.")
    private String above;

    @Option(names = "--sprt-elo0", paramLabel = "ELO", description = "H0: rating = X + ELO (default -50).")
    private Double elo0;

    @Option(names = "--sprt-elo1", paramLabel = "ELO", description = "H1: rating = X + ELO (default 50).")
    private Double elo1;

    @Option(names = "--sprt-alpha", paramLabel = "P", description = "False H1 rate (default 0.05).")
    private Double alpha;

    @Option(names = "--sprt-beta", paramLabel = "P", description = "False H0 rate (default 0.05).")
    private Double beta;

    /**
     * @param fallback the test when {@code --sprt-above} is not given
     * @return the test asked for; empty for {@code --sprt-above none}
     * @throws ConfigException if another {@code --sprt-*} option is given without {@code --sprt-above}, or a value is
     *                         not allowed
     */
    public Optional<Sprt> sprt(Optional<Sprt> fallback) {
        if (above == null) {
            if (elo0 != null || elo1 != null || alpha != null || beta != null) {
                throw new ConfigException("--sprt-elo0, --sprt-elo1, --sprt-alpha and --sprt-beta need --sprt-above");
            }
            return fallback;
        }
        return above.equals(NONE) ? Optional.empty() : Optional.of(new Sprt(above, elo0, elo1, alpha, beta));
    }

    /** @return one line per temperature, e.g. {@code SPRT above 1500 at tau 1.0: accept_h0 after 11 games (...)} */
    public static String describe(Map<String, SprtVerdict> verdicts) {
        StringBuilder text = new StringBuilder();
        verdicts.forEach((tau, v) -> text.append(String.format(Locale.ROOT,
                "  SPRT above %.0f (H0 %+.0f, H1 %+.0f) at tau %s: %s after %d games (LLR %.2f, bounds %.2f..%.2f)%n",
                v.above(), v.elo0(), v.elo1(), tau, v.decision().csv(), v.games(), v.llr(), v.lower(), v.upper())));
        return text.toString();
    }
}
