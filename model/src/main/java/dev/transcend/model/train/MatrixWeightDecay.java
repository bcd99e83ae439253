package dev.transcend.model.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Decoupled weight decay (Loshchilov and Hutter, 2019, "Decoupled Weight Decay Regularization",
 * AdamW), applied after the Adam update: {@code w -= lr * (adam(g) + coefficient * w)}, with lr the
 * scheduled learning rate, as PyTorch's {@code AdamW} does. Only matrices decay (weights and
 * embeddings); biases and LayerNorm gains, the rank-1 parameters, do not, as in nanoGPT's
 * {@code configure_optimizers}. ND4J's {@code WeightDecay} decays every parameter, so this class
 * replaces it.
 */
public final class MatrixWeightDecay implements Regularization {

    private static final long serialVersionUID = 1L;

    @JsonProperty
    private double coefficient;

    /** For ND4J's JSON reader only. */
    public MatrixWeightDecay() {
    }

    /** @param coefficient decay per unit learning rate, &gt;= 0 (nanoGPT uses 0.1) */
    public MatrixWeightDecay(double coefficient) {
        if (!(coefficient >= 0)) {
            throw new IllegalArgumentException("weight decay must be >= 0, got " + coefficient);
        }
        this.coefficient = coefficient;
    }

    @Override
    public ApplyStep applyStep() {
        return ApplyStep.POST_UPDATER;
    }

    /**
     * @param param parameter array, any shape
     * @param gradView the update about to be subtracted from {@code param}; modified in place
     * @param lr the scheduled learning rate of this step
     */
    @Override
    public void apply(INDArray param, INDArray gradView, double lr, int iteration, int epoch) {
        if (param.rank() >= 2 && coefficient > 0) {
            Nd4j.getBlasWrapper().level1().axpy(param.length(), coefficient * lr, param, gradView);
        }
    }

    /** @return 0: decoupled decay is not part of the reported loss */
    @Override
    public double score(INDArray param, int iteration, int epoch) {
        return 0;
    }

    @Override
    public Regularization clone() {
        return new MatrixWeightDecay(coefficient);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixWeightDecay m && m.coefficient == coefficient;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(coefficient);
    }
}
