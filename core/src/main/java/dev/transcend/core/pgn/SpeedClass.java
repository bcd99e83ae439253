package dev.transcend.core.pgn;

import java.util.Locale;
import java.util.Optional;

/**
 * Lichess's speed classes, from a PGN {@code TimeControl} tag. Lichess classifies a clock by its
 * estimated game duration {@code base + 40 x increment} in seconds (lichess.org/faq#time-controls;
 * ranges from scalachess {@code Speed}): ultraBullet 0-29 s, bullet 30-179, blitz 180-479, rapid
 * 480-1499, classical 1500-21599, correspondence 21600 or more, or no clock ({@code TimeControl "-"}).
 */
public enum SpeedClass {
    ULTRA_BULLET("ultraBullet"),
    BULLET("bullet"),
    BLITZ("blitz"),
    RAPID("rapid"),
    CLASSICAL("classical"),
    CORRESPONDENCE("correspondence");

    private final String key;

    SpeedClass(String key) {
        this.key = key;
    }

    /** @return Lichess's name of the class, e.g. {@code ultraBullet}, as configs and CSV files write it */
    public String key() {
        return key;
    }

    /** @return the class with this key (case-insensitive; {@code ultra-bullet} and {@code ultra_bullet} too) */
    public static Optional<SpeedClass> fromKey(String key) {
        String k = key.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (SpeedClass c : values()) {
            if (c.key.toLowerCase(Locale.ROOT).equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @param estimatedSeconds {@code base + 40 x increment}, in seconds, at least 0
     * @return the class whose range holds it
     */
    public static SpeedClass ofEstimatedSeconds(long estimatedSeconds) {
        if (estimatedSeconds < 30) {
            return ULTRA_BULLET;
        } else if (estimatedSeconds < 180) {
            return BULLET;
        } else if (estimatedSeconds < 480) {
            return BLITZ;
        } else if (estimatedSeconds < 1500) {
            return RAPID;
        } else if (estimatedSeconds < 21600) {
            return CLASSICAL;
        }
        return CORRESPONDENCE;
    }

    /**
     * @param timeControl a {@code TimeControl} tag value: {@code base+increment} in seconds (Lichess,
     *                    e.g. {@code 300+3}), a bare {@code base}, or {@code -} for no clock
     * @return its class, or empty when the value is missing, {@code ?} or not of those forms (e.g. the
     *         multi-period {@code 40/7200:3600} of over-the-board PGN)
     */
    public static Optional<SpeedClass> ofTimeControl(String timeControl) {
        String tc = timeControl.strip();
        if (tc.equals("-")) {
            return Optional.of(CORRESPONDENCE);
        }
        int plus = tc.indexOf('+');
        String base = plus < 0 ? tc : tc.substring(0, plus);
        String increment = plus < 0 ? "0" : tc.substring(plus + 1);
        if (!digits(base) || !digits(increment)) {
            return Optional.empty();
        }
        return Optional.of(ofEstimatedSeconds(Long.parseLong(base) + 40 * Long.parseLong(increment)));
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
