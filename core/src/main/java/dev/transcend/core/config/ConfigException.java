package dev.transcend.core.config;

/**
 * A configuration file or value is wrong. The message names the file, the line where known, the
 * offending key or value, and what is allowed.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
