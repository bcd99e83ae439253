package dev.transcend.reports.ablation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the paper's theory predicts for one arm of an ablation (Zhang et al. 2024, sec. 3: low-temperature sampling
 * is a majority vote over the experts, which beats every expert when their errors are diverse).
 */
public enum Prediction {
    /** The model at low temperature is rated above the best expert in its data. */
    TRANSCENDS,
    /** It is not (one expert's blind spot is learned, or the experts share their errors). */
    DOES_NOT_TRANSCEND,
    /** The theory does not say (a contrast measured for its own sake). */
    OPEN;

    /** @return the name in configs and tables, e.g. {@code does-not-transcend} */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id a {@link #id()}
     * @throws IllegalArgumentException listing the allowed values
     */
    @JsonCreator
    public static Prediction of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown prediction '" + id + "'; use one of "
                        + Arrays.stream(values()).map(Prediction::id).toList()));
    }

    /**
     * @param transcends the arm's measured verdict
     * @return whether the measurement agrees with this prediction; empty for {@link #OPEN}
     */
    public java.util.Optional<Boolean> agrees(boolean transcends) {
        return this == OPEN ? java.util.Optional.empty()
                : java.util.Optional.of(transcends == (this == TRANSCENDS));
    }
}
