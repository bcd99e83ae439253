package dev.transcend.reports;

import dev.transcend.core.ratings.RatingGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short names for chart lines and report sections: the cap always (the paper's Figure 1 has one line per cap), the
 * model and protocol only when they differ between series.
 */
final class SeriesLabels {

    private SeriesLabels() {
    }

    /** @return a label per series, e.g. {@code "cap 1000"} or {@code "tiny, cap 1000, FULL_VOCABULARY"} */
    static Map<RatingGroup.Series, String> of(List<RatingGroup.Series> series) {
        boolean models = series.stream().map(RatingGroup.Series::model).distinct().count() > 1;
        boolean protocols = series.stream().map(RatingGroup.Series::protocol).distinct().count() > 1;
        Map<RatingGroup.Series, String> labels = new LinkedHashMap<>();
        for (RatingGroup.Series s : series) {
            StringBuilder label = new StringBuilder();
            if (models) {
                label.append(s.model()).append(", ");
            }
            label.append(s.capText());
            if (protocols) {
                label.append(", ").append(s.protocol());
            }
            labels.put(s, label.toString());
        }
        return labels;
    }

    /** @return the full name of a series, e.g. {@code "tiny, cap 1000, LEGAL_MOVES"} */
    static String full(RatingGroup.Series s) {
        return s.model() + ", " + s.capText() + ", " + s.protocol();
    }
}
