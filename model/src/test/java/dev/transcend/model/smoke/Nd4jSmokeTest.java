package dev.transcend.model.smoke;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Nd4jSmokeTest {
    @Test
    void matmulRuns() {
        SameDiff sd = SameDiff.create();
        SDVariable a = sd.var("a", Nd4j.ones(DataType.FLOAT, 2, 3));
        SDVariable b = sd.var("b", Nd4j.ones(DataType.FLOAT, 3, 4));
        SDVariable c = a.mmul(b).sum();
        assertEquals(24.0, c.eval().getDouble(0), 1e-6);
        System.out.println(Nd4j.getExecutioner().getEnvironmentInformation());
    }
}
