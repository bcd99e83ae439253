package dev.transcend.reports;

import java.util.List;

/**
 * One piece of a report, rendered the same way to HTML ({@link HtmlReport}) and Markdown ({@link MarkdownReport}) so
 * that both files always say the same thing.
 */
public sealed interface Block {

    /**
     * A section heading.
     *
     * @param level 2 for a section, 3 for a subsection (1 is the document title)
     * @param text the heading
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 2 || level > 4) {
                throw new IllegalArgumentException("heading level must be 2-4, got " + level);
            }
        }
    }

    /** @param text a paragraph of plain text */
    record Paragraph(String text) implements Block {
    }

    /**
     * A boxed message the reader must not miss.
     *
     * @param tone how loud
     * @param title a short bold lead, e.g. {@code "Uncalibrated opponents"}
     * @param text the message
     */
    record Callout(Tone tone, String title, String text) implements Block {
    }

    /** @param items bullet points of plain text */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table of plain-text cells.
     *
     * @param columns the columns
     * @param rows the rows, each with one cell per column
     * @throws IllegalArgumentException if a row has the wrong number of cells
     */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, expected "
                            + columns.size());
                }
            }
        }
    }

    /**
     * A table column.
     *
     * @param name the header
     * @param numeric whether cells are numbers (right-aligned)
     */
    record Column(String name, boolean numeric) {
        /** @return a left-aligned text column */
        public static Column text(String name) {
            return new Column(name, false);
        }

        /** @return a right-aligned number column */
        public static Column number(String name) {
            return new Column(name, true);
        }
    }

    /**
     * An image next to the report.
     *
     * @param path path relative to the report file
     * @param alt the text alternative
     */
    record Image(String path, String alt) implements Block {
    }

    /** @param text verbatim text, e.g. the run's resolved YAML settings */
    record Preformatted(String text) implements Block {
    }

    /** How loud a {@link Callout} is. */
    enum Tone {
        /** Something that weakens or invalidates the conclusions. */
        WARNING,
        /** A conclusion or a caveat worth reading first. */
        NOTE
    }
}
