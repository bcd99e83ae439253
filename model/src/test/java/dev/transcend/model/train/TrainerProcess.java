package dev.transcend.model.train;

import dev.transcend.model.gpt.GptConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Trainer.run} in a JVM of its own, so that a test can kill it as an operator, the OOM killer or a power
 * cut would (SIGKILL: no shutdown hook, no flush, possibly in the middle of writing a checkpoint) and resume its
 * folder in-process.
 */
public final class TrainerProcess {

    /** The model trained by the child. */
    public static final GptConfig MODEL = new GptConfig(48, 1, 2, 16, 2);

    private TrainerProcess() {
    }

    /**
     * Constant learning rate after a 2-step warmup (learningRate = minLearningRate, so the cosine is flat and the
     * schedule of step s does not depend on {@code steps}), a checkpoint and a log row every 2 steps, a validation
     * loss every 4.
     *
     * @param steps the step budget
     * @return the settings of the child and of the runs it is compared with
     */
    public static TrainSettings settings(int steps) {
        return new TrainSettings(steps, 4, 3e-3, 3e-3, 2, 0.1, 0.9, 0.99, 4, 2, 2, 2, 3L);
    }

    /** @param args the dataset folder and the output folder; trains "forever" (a million steps) until killed */
    public static void main(String[] args) throws Exception {
        Trainer.run(Path.of(args[0]), MODEL, settings(1_000_000), Path.of(args[1]), false, false);
    }

    /**
     * @param dataset a prepared dataset folder
     * @param out the training output folder
     * @param stderr where the child's stderr goes
     * @return the child JVM, running {@link #main} with this JVM's class path (and environment, so the same
     *         {@code OMP_NUM_THREADS})
     */
    public static Process start(Path dataset, Path out, Path stderr) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TrainerProcess.class.getName());
        command.add(dataset.toString());
        command.add(out.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
