package dev.transcend.reports;

import java.util.List;

/**
 * Renders a {@link ReportDocument} as one self-contained HTML5 page: inline CSS, no scripts, images by relative path.
 * The page never scrolls sideways: a wide table scrolls inside its own box, preformatted text too, long words in
 * text wrap, and images shrink to the page width.
 */
public final class HtmlReport {

    /** File name of the HTML report inside the report folder. */
    public static final String FILE_NAME = "report.html";

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328;
                   max-width: 1240px; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
            h1, h2, h3, p, li, .callout { overflow-wrap: break-word; }
            h1 { border-bottom: 2px solid #d0d7de; padding-bottom: .3em; }
            h2 { margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
            .table-wrap { max-width: 100%; overflow-x: auto; margin: .8em 0 1.4em; }
            table { border-collapse: collapse; font-size: .95em; }
            th, td { border: 1px solid #d0d7de; padding: .35em .7em; }
            th { background: #f3f5f7; text-align: left; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .callout { border-left: 6px solid; padding: .7em 1em; margin: 1em 0; border-radius: 4px; }
            .callout.warning { border-color: #d55e00; background: #fff3e6; }
            .callout.note { border-color: #0072b2; background: #eef6fc; }
            pre { background: #f6f8fa; padding: 1em; overflow-x: auto; border-radius: 4px; max-width: 100%;
                  box-sizing: border-box; }
            img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
            """;

    private HtmlReport() {
    }

    /** @return the complete HTML page */
    public static String render(ReportDocument document) {
        StringBuilder html = new StringBuilder(1 << 14);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (Block block : document.blocks()) {
            append(html, block);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    // Java 17 has no pattern switch; the chain covers every permitted Block.
    private static void append(StringBuilder html, Block block) {
        if (block instanceof Block.Heading h) {
            html.append("<h").append(h.level()).append('>').append(escape(h.text()))
                    .append("</h").append(h.level()).append(">\n");
        } else if (block instanceof Block.Paragraph p) {
            html.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Block.Callout c) {
            boolean warning = c.tone() == Block.Tone.WARNING;
            html.append("<div class=\"callout ").append(warning ? "warning" : "note").append("\"><strong>")
                    .append(warning ? "Warning: " : "").append(escape(c.title())).append(".</strong> ")
                    .append(escape(c.text())).append("</div>\n");
        } else if (block instanceof Block.Bullets b) {
            html.append("<ul>\n");
            b.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>\n"));
            html.append("</ul>\n");
        } else if (block instanceof Block.Table t) {
            table(html, t);
        } else if (block instanceof Block.Image i) {
            html.append("<p><img src=\"").append(escape(i.path())).append("\" alt=\"").append(escape(i.alt()))
                    .append("\"></p>\n");
        } else if (block instanceof Block.Preformatted p) {
            html.append("<pre>").append(escape(p.text())).append("</pre>\n");
        } else {
            throw new IllegalStateException("unknown block " + block);
        }
    }

    private static void table(StringBuilder html, Block.Table table) {
        List<Block.Column> columns = table.columns();
        html.append("<div class=\"table-wrap\"><table>\n<thead><tr>");
        columns.forEach(c -> html.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(escape(c.name()))
                .append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(columns.get(i).numeric() ? "<td class=\"num\">" : "<td>").append(escape(row.get(i)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    /** Escapes the five characters that HTML text and attribute values cannot hold literally. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
