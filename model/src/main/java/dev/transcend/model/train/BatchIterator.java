package dev.transcend.model.train;

import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * The batches of optimizer steps {@code [from, end)}, made one at a time as SameDiff's {@code fit}
 * asks for them. Feeding {@code fit} many steps per call matters in SameDiff 1.0.0-M2.1: each call
 * sets up a training session, which costs about as much as a small model's whole step.
 */
public final class BatchIterator implements MultiDataSetIterator {

    private static final long serialVersionUID = 1L;

    private final transient LongFunction<MultiDataSet> source;
    private final long end;
    private long at;

    /**
     * @param from first step
     * @param end step after the last
     * @param source the batch of a step: features {@code [tokens]}, labels {@code [targets, mask]}
     */
    public BatchIterator(long from, long end, LongFunction<MultiDataSet> source) {
        this.at = from;
        this.end = end;
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        return at < end;
    }

    @Override
    public MultiDataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no step after " + (end - 1));
        }
        return source.apply(at++);
    }

    /** Batches have a fixed size; {@code num} is ignored. */
    @Override
    public MultiDataSet next(int num) {
        return next();
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("batches are not preprocessed");
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public boolean resetSupported() {
        return false;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("one pass over a range of steps");
    }
}
