package dev.transcend.reports;

import java.util.List;

/**
 * A complete report before rendering.
 *
 * @param title the document title
 * @param blocks the content, in reading order
 */
public record ReportDocument(String title, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }
}
