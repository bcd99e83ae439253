package dev.transcend.arena.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An option an engine advertises in its {@code uci} reply, e.g.
 * {@code option name Skill Level type spin default 20 min 0 max 20}. Used to check values before
 * sending them: Stockfish silently ignores an out-of-range {@code setoption} (e.g. {@code UCI_Elo}
 * below its minimum of 1350), which would leave an opponent at full strength without a word.
 *
 * @param name option name as advertised (UCI compares names case-insensitively)
 * @param type value type
 * @param defaultValue default as advertised; empty if none
 * @param min smallest allowed value of a spin option, else null
 * @param max largest allowed value of a spin option, else null
 * @param vars allowed values of a combo option, else empty
 */
public record UciOption(String name, Type type, String defaultValue, Long min, Long max, List<String> vars) {

    /** Option types of the UCI protocol. */
    public enum Type {
        CHECK, SPIN, COMBO, BUTTON, STRING;

        /** @return the type for a UCI keyword such as {@code spin}, or empty if unknown */
        static Optional<Type> of(String keyword) {
            for (Type t : values()) {
                if (t.name().equalsIgnoreCase(keyword)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public UciOption {
        defaultValue = defaultValue == null ? "" : defaultValue;
        vars = List.copyOf(vars);
    }

    /**
     * @param value a value to send with {@code setoption}
     * @return why the engine would reject or ignore it, or empty if it is allowed
     */
    public Optional<String> problem(String value) {
        String v = value == null ? "" : value.strip();
        switch (type) {
            case SPIN:
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return Optional.of("'" + v + "' is not an integer; allowed " + min + ".." + max);
                }
                if ((min != null && n < min) || (max != null && n > max)) {
                    return Optional.of(v + " is out of range; allowed " + min + ".." + max);
                }
                return Optional.empty();
            case CHECK:
                String lower = v.toLowerCase(Locale.ROOT);
                return lower.equals("true") || lower.equals("false") ? Optional.empty()
                        : Optional.of("'" + v + "' is not allowed; allowed true, false");
            case COMBO:
                for (String allowed : vars) {
                    if (allowed.equalsIgnoreCase(v)) {
                        return Optional.empty();
                    }
                }
                return Optional.of("'" + v + "' is not allowed; allowed " + String.join(", ", vars));
            case BUTTON:
                return v.isEmpty() ? Optional.empty() : Optional.of("a button takes no value");
            default:
                return Optional.empty();
        }
    }
}
