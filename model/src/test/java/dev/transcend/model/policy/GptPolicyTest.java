package dev.transcend.model.policy;

import dev.transcend.core.encoding.Encodings;
import dev.transcend.model.gpt.Gpt;
import dev.transcend.model.gpt.GptConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GptPolicyTest {

    private static final GptConfig TINY = new GptConfig(12, 1, 2, 16, 2);

    private static Map<String, INDArray> weights(SameDiff sd) {
        Map<String, INDArray> weights = new HashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                weights.put(v.name(), v.getArr());
            }
        }
        return weights;
    }

    @Test
    void nanWeightsMakeThePolicyFailInsteadOfPlayingAFixedMove() {
        SameDiff sd = Gpt.training(TINY, 3);
        int[] e4 = Encodings.standard().encode(java.util.List.of("e2e4")); // [BOS, e2e4]
        try (GptPolicy healthy = new GptPolicy(TINY, weights(sd), "healthy")) {
            assertEquals(1970, healthy.nextTokenLogits(e4).length);
        }
        sd.getVariable("lnf.b").getArr().assign(Float.NaN); // as a diverged run leaves them
        try (GptPolicy broken = new GptPolicy(TINY, weights(sd), "diverged@step40")) {
            NonFiniteLogitsException e = assertThrows(NonFiniteLogitsException.class,
                    () -> broken.nextTokenLogits(e4));
            assertTrue(e.getMessage().startsWith("diverged@step40: the logit of token 0 is NaN after 2 input tokens"),
                    e.getMessage());
        }
    }
}
