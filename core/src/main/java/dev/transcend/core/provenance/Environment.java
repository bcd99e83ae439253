package dev.transcend.core.provenance;

/**
 * Where a stage ran, for audits of numbers that depend on the machine (speed, engine strength).
 *
 * @param tool transcend version
 * @param java Java runtime version and vendor
 * @param os operating system name and version
 * @param arch CPU architecture
 * @param cpus available processors
 */
public record Environment(String tool, String java, String os, String arch, int cpus) {

    /** @return the environment of this JVM */
    public static Environment current() {
        return new Environment(
                "transcend " + ToolVersion.get(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }
}
