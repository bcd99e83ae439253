package dev.transcend.reports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link ReportDocument} as GitHub-flavoured Markdown: pipe tables (numbers right-aligned), callouts as
 * block quotes, settings in a fenced block. Says the same as {@link HtmlReport}.
 */
public final class MarkdownReport {

    /** File name of the Markdown report inside the report folder. */
    public static final String FILE_NAME = "report.md";

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownReport() {
    }

    /** @return the complete Markdown text */
    public static String render(ReportDocument document) {
        StringBuilder md = new StringBuilder(1 << 14);
        md.append("# ").append(inline(document.title())).append("\n\n");
        for (Block block : document.blocks()) {
            append(md, block);
            md.append('\n');
        }
        return md.toString();
    }

    // Java 17 has no pattern switch; the chain covers every permitted Block.
    private static void append(StringBuilder md, Block block) {
        if (block instanceof Block.Heading h) {
            md.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
        } else if (block instanceof Block.Paragraph p) {
            md.append(inline(p.text())).append('\n');
        } else if (block instanceof Block.Callout c) {
            md.append("> **").append(c.tone() == Block.Tone.WARNING ? "Warning: " : "").append(inline(c.title()))
                    .append(".** ").append(inline(c.text())).append('\n');
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(i -> md.append("- ").append(inline(i)).append('\n'));
        } else if (block instanceof Block.Table t) {
            table(md, t);
        } else if (block instanceof Block.Image i) {
            md.append("![").append(inline(i.alt())).append("](").append(i.path()).append(")\n");
        } else if (block instanceof Block.Preformatted p) {
            String fence = "`".repeat(Math.max(3, longestBacktickRun(p.text()) + 1));
            md.append(fence).append('\n').append(p.text()).append('\n').append(fence).append('\n');
        } else {
            throw new IllegalStateException("unknown block " + block);
        }
    }

    private static void table(StringBuilder md, Block.Table table) {
        md.append('|');
        table.columns().forEach(c -> md.append(' ').append(cell(c.name())).append(" |"));
        md.append("\n|");
        table.columns().forEach(c -> md.append(c.numeric() ? " ---: |" : " --- |"));
        md.append('\n');
        for (List<String> row : table.rows()) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(cell(cell)).append(" |"));
            md.append('\n');
        }
    }

    /** Table cells cannot hold pipes or line breaks. */
    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /**
     * Keeps text on one line and stops it from being read as emphasis or HTML. Underscores stay: GitHub-flavoured
     * Markdown does not read them inside words (FULL_VOCABULARY, opponent_calibrated) as emphasis.
     */
    private static String inline(String text) {
        return text.replace('\n', ' ').replace("*", "\\*").replace("<", "&lt;");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }
}
