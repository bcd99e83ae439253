package dev.transcend.dataprep.prepare;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code prepare} output in progress, for {@link OutputFolderTest} to stop with a signal: begins an
 * {@link OutputFolder} at {@code args[0]}, writes a half shard into it, prints the work folder on
 * stdout and waits to be killed.
 */
public final class StoppedRunMain {

    private StoppedRunMain() {
    }

    public static void main(String[] args) throws Exception {
        OutputFolder folder = OutputFolder.begin(Path.of(args[0]));
        Files.writeString(folder.work().resolve("train-00000.shard"), "half written");
        System.out.println(folder.work());
        System.out.flush();
        Thread.sleep(60_000);
        System.exit(3); // not stopped: the parent test fails on the exit code
    }
}
