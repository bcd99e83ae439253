package dev.transcend.cli.ablation;

import dev.transcend.cli.Transcend;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One arm's {@code transcend run CONFIG}, in a JVM of its own (ND4J's native state and thread pools are per
 * process), with stdout and stderr appended to the arm's log file. The child gets this JVM's class path, system
 * properties given on its command line and environment (so the same {@code OMP_NUM_THREADS}), and a heap of
 * {@code heapMb}.
 */
final class ArmProcess {

    private final Process process;
    private final Path log;

    private ArmProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param config the arm's experiment config file
     * @param log    appended to (a resumed run keeps the earlier run's lines)
     * @param heapMb the child's maximum heap, MiB
     */
    static ArmProcess start(Path config, Path log, long heapMb) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-Xmx" + heapMb + "m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Transcend.class.getName());
        command.add("run");
        command.add(config.toString());
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder.Redirect append = ProcessBuilder.Redirect.appendTo(log.toFile());
        Process p = new ProcessBuilder(command).redirectOutput(append).redirectError(append).start();
        return new ArmProcess(p, log);
    }

    /** @return the exit status, waiting for it */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the run to stop (SIGTERM: it keeps finished work) and waits up to {@code seconds} for it. */
    void stop(long seconds) {
        process.destroy();
        try {
            if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** @return the log's last non-blank line (e.g. {@code [train] 300/600 steps ...}), or empty */
    String lastLine() {
        return lastLine(log);
    }

    /** @return {@code file}'s last non-blank line, read from its end, or empty if none or unreadable */
    static String lastLine(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int n = (int) Math.min(length, 4096);
            byte[] tail = new byte[n];
            f.seek(length - n);
            f.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\\R");
            for (int i = lines.length - 1; i >= 0; i--) {
                String line = lines[i].replaceAll("\\p{Cntrl}\\[[0-9;]*[A-Za-z]", "").strip();
                if (!line.isEmpty()) {
                    return line;
                }
            }
        } catch (IOException e) {
            // not written yet
        }
        return "";
    }
}
