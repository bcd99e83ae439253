package dev.transcend.core.progress;

/**
 * What a {@link Progress} counts and how it is shown.
 *
 * @param name shown after amounts, e.g. {@code games}, {@code MiB}
 * @param scale counted units per shown unit: 1 for things, {@code 1 << 20} to count bytes and show MiB
 */
public record ProgressUnit(String name, long scale) {

    /** Bytes, shown in MiB with one decimal. */
    public static final ProgressUnit MIB = new ProgressUnit("MiB", 1 << 20);

    public ProgressUnit {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
    }

    /** @return whole things, e.g. {@code of("games")} */
    public static ProgressUnit of(String name) {
        return new ProgressUnit(name, 1);
    }

    /** @return a rate in shown units per second, with two decimals below 10 ({@code 0.15}, {@code 2.50}, {@code 12}) */
    String formatRate(double perSecond) {
        double shown = perSecond / scale;
        return shown < 10 ? String.format(java.util.Locale.ROOT, "%.2f", shown)
                : String.format(java.util.Locale.ROOT, "%,.0f", shown);
    }

    /** @return {@code amount} in shown units: {@code 12} or {@code 12.3} */
    String format(double amount) {
        return scale == 1 ? String.format(java.util.Locale.ROOT, "%,.0f", amount)
                : String.format(java.util.Locale.ROOT, "%,.1f", amount / scale);
    }
}
