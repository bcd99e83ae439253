package dev.transcend.core.provenance;

/**
 * Where a stage ran, for audits of numbers that depend on the machine (speed, engine strength).
 *
 * @param tool transcend version
 * @param java Java runtime version and vendor
 * @param os operating system name and version
 * @param arch CPU architecture
 * @param cpus available processors
 * @param gitCommit the commit of the transcend checkout that ran, when it runs from a git checkout
 *                  ({@link GitCommit}); null (left out of the JSON) otherwise and in manifests written before it
 */
public record Environment(String tool, String java, String os, String arch, int cpus, String gitCommit) {

    /** @return the environment of this JVM */
    public static Environment current() {
        return new Environment(
                "transcend " + ToolVersion.get(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                GitCommit.running().orElse(null));
    }
}
