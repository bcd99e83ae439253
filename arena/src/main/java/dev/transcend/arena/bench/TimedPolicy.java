package dev.transcend.arena.bench;

import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.policy.MovePolicy;

import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link MovePolicy} that counts its forward passes and the wall time they take, for {@link ArenaBenchmark}.
 * Each slot of a sweep has its own policy; the counters are shared by all of them (thread-safe).
 */
final class TimedPolicy implements MovePolicy {

    private final MovePolicy policy;
    private final LongAdder calls;
    private final LongAdder nanos;

    TimedPolicy(MovePolicy policy, LongAdder calls, LongAdder nanos) {
        this.policy = policy;
        this.calls = calls;
        this.nanos = nanos;
    }

    @Override
    public float[] nextTokenLogits(int[] input) {
        long start = System.nanoTime();
        try {
            return policy.nextTokenLogits(input);
        } finally {
            nanos.add(System.nanoTime() - start);
            calls.increment();
        }
    }

    @Override
    public float[] nextTokenLogitsWindowed(int[] input) {
        long start = System.nanoTime();
        try {
            return policy.nextTokenLogitsWindowed(input);
        } finally {
            nanos.add(System.nanoTime() - start);
            calls.increment();
        }
    }

    @Override
    public boolean slidesContext() {
        return policy.slidesContext();
    }

    @Override
    public Encoding encoding() {
        return policy.encoding();
    }

    @Override
    public int maxPlies() {
        return policy.maxPlies();
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public void close() {
        policy.close();
    }
}
