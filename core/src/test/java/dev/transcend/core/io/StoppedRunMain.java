package dev.transcend.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code prepare} output in progress, for {@link FolderSwapTest} to stop with a signal: begins a
 * {@link FolderSwap} at {@code args[0]}, writes a half shard into it, prints the work folder on
 * stdout and waits to be killed.
 */
public final class StoppedRunMain {

    private StoppedRunMain() {
    }

    public static void main(String[] args) throws Exception {
        FolderSwap folder = FolderSwap.begin(Path.of(args[0]));
        Files.writeString(folder.work().resolve("train-00000.shard"), "half written");
        System.out.println(folder.work());
        System.out.flush();
        Thread.sleep(60_000);
        System.exit(3); // not stopped: the parent test fails on the exit code
    }
}
