package dev.transcend.core.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * The stages of the experiment, in the order {@code transcend run} runs them, then {@link #ANALYZE}, which no run
 * runs ({@code transcend analyze}: measures on games, such as the paper's dataset diversity). Each writes one folder
 * with a {@code manifest.json} whose {@code stage} is the stage's {@link #id()}.
 */
public enum Stage {
    CALIBRATE, GENERATE, PREPARE, TRAIN, PLAY, RATE, REPORT, ANALYZE;

    /** @return whether {@code transcend run} runs this stage (all but {@link #ANALYZE}) */
    public boolean inPipeline() {
        return this != ANALYZE;
    }

    /** @return the name in manifests and messages, e.g. {@code play} */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a stage's {@link #id()}
     * @throws IllegalArgumentException listing the stages if {@code id} names none
     */
    @JsonCreator
    public static Stage of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown stage '" + id + "'; stages: " + Arrays.toString(values())));
    }

    @Override
    public String toString() {
        return id();
    }
}
