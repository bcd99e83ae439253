package dev.transcend.dataprep.prepare;

/**
 * Makes text from input files safe for the CSV reports ({@code skipped.csv}, {@code stats.csv}): a
 * game's detail quotes its bad token or tag value, which may hold NUL, escape sequences or line
 * breaks from a corrupt or binary file. Those would reach a terminal or spreadsheet raw, so every
 * control character (Unicode category Cc, including tab, CR and LF) is written as a Java-style
 * escape, a backslash, {@code u} and four hex digits.
 */
final class PrintableText {

    private PrintableText() {
    }

    /** @return {@code text} with each control character escaped (NUL becomes <code>&#92;u0000</code>) */
    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
