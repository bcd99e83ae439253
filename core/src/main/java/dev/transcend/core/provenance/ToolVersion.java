package dev.transcend.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of transcend, from the build. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    /** @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a Maven build */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/transcend/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
