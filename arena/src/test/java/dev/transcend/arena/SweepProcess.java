package dev.transcend.arena;

import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code transcend play} in a JVM of its own, so that a test can kill it as an operator, the OOM killer or a power
 * cut would (SIGKILL: no shutdown hook, no flush, engines orphaned) and resume its folder in-process.
 */
public final class SweepProcess {

    /** The swept player. */
    public static final RandomSpec MODEL = new RandomSpec("uniform-model", null, false, "");
    /** Its opponents. */
    public static final List<PlayerSpec> ROSTER = List.of(MisbehavingEngines.stockfishDepth("sf-depth1", 1),
            new RandomSpec("random", 400, false, "assumed"));
    /** 60 games on 2 slots: long enough to be killed mid-run. */
    public static final PlaySettings SETTINGS = new PlaySettings(List.of(1.0), List.of("sf-depth1", "random"), 30,
            SamplingProtocol.LEGAL_MOVES, 5, 40, 2, 7L, null);

    private SweepProcess() {
    }

    /** @param args the output folder */
    public static void main(String[] args) throws Exception {
        Sweep.run(MODEL, ROSTER, SETTINGS, Path.of(args[0]), false, PolicyLoader.none());
    }

    /**
     * @param out the sweep's output folder
     * @param stderr where the child's stderr goes
     * @return the child JVM, running {@link #main} with this JVM's class path
     */
    public static Process start(Path out, Path stderr) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SweepProcess.class.getName());
        command.add(out.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
