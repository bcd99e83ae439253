package dev.transcend.model.bench;

import dev.transcend.model.gpt.GptConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBenchmarkTest {

    @Test
    void measuresTrainingAndInferenceOfATinyModel() {
        GptConfig tiny = new GptConfig(32, 1, 2, 16, 2);
        ModelBenchmark.Result r = ModelBenchmark.run(tiny, 4, 16, 2, 5);
        assertEquals(tiny.parameterCount(), r.parameters());
        assertTrue(r.trainingTokensPerSecond() > 0 && Double.isFinite(r.trainingTokensPerSecond()), r.toString());
        assertTrue(r.inferenceMsPerMove() > 0 && Double.isFinite(r.inferenceMsPerMove()), r.toString());
        assertTrue(r.backend().startsWith("CPU"), r.backend());
        assertThrows(IllegalArgumentException.class, () -> ModelBenchmark.run(tiny, 4, 33, 2, 5));
    }
}
