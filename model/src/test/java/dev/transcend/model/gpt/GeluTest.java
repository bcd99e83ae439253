package dev.transcend.model.gpt;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which GELU SameDiff 1.0.0-M2.1's {@code sd.nn.gelu} computes, so {@link IncrementalGpt} computes the same: the
 * sigmoid approximation {@code x * sigmoid(1.702 x)}, which differs from the exact {@code x * Phi(x)} and from the
 * tanh approximation by up to about 0.02.
 */
class GeluTest {

    @Test
    void theIncrementalGeluIsSameDiffsSigmoidApproximation() {
        int n = 241;
        float[] xs = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -6f + i * 0.05f;                                                    // -6 .. 6
        }
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.constant(Nd4j.createFromArray(xs));
        float[] op = sd.nn.gelu(in).eval().toFloatVector();
        double fromTanh = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(op[i], IncrementalGpt.gelu(xs[i]), 1e-6, "x = " + xs[i]);
            double x = xs[i];
            double tanh = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
            fromTanh = Math.max(fromTanh, Math.abs(op[i] - tanh));
        }
        // the tanh approximation is within 1e-3 of the exact GELU everywhere, so being far from it is far from both
        assertTrue(fromTanh > 0.01, "sd.nn.gelu is within " + fromTanh + " of the tanh approximation");
    }
}
