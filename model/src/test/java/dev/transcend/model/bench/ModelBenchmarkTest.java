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
        ModelBenchmark.Inference i = r.inference();
        assertEquals(5, i.plies());
        for (double ms : new double[] {i.fullMsPerMove(), i.fullMsAtEnd(), i.cachedMsPerMove(), i.cachedMsAtEnd(),
            i.slidingMsPerMove()}) {
            assertTrue(ms > 0 && Double.isFinite(ms), r.toString());
        }
        assertTrue(r.backend().startsWith("CPU"), r.backend());
        assertThrows(IllegalArgumentException.class, () -> ModelBenchmark.run(tiny, 4, 33, 2, 5));
    }
}
