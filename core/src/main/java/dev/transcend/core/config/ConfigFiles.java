package dev.transcend.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads YAML configuration into records, strictly: an unknown key, a wrong type or an unknown enum
 * value fails with a {@link ConfigException} naming the file, line, key and the allowed values.
 */
public final class ConfigFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES) // long text (a run's description) stays one line
                    // a repeated key would otherwise silently replace the first one
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private ConfigFiles() {
    }

    /** @return the shared YAML mapper (strict on unknown keys) */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /**
     * @param file a YAML file
     * @param type record to read it into
     * @return the parsed value
     * @throws ConfigException if the file is missing, not YAML, or does not fit {@code type}
     */
    public static <T> T read(Path file, Class<T> type) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": is a folder; expected a YAML config file");
        }
        try {
            T value = YAML.readValue(Files.newBufferedReader(file), type);
            if (value == null) {
                throw new ConfigException(file + ": the file is empty");
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not a UTF-8 text file; expected a YAML config");
        } catch (JsonProcessingException e) {
            if (causedBy(e, CharacterCodingException.class)) {
                throw new ConfigException(file + ": not a UTF-8 text file; expected a YAML config", e);
            }
            throw new ConfigException(describe(file, e), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code value} written as YAML, e.g. the resolved config stored with a run */
    public static String toYaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write config as YAML", e);
        }
    }

    /**
     * Reads a tree already parsed (e.g. a config merged from parts) into a record, as strictly as {@link #read}.
     *
     * @param tree  the settings
     * @param type  record to read them into
     * @param where what the tree is, for messages, e.g. {@code configs/ablation.yaml: arm 'k1'}
     * @throws ConfigException naming {@code where}, the key and what is allowed
     */
    public static <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type, String where) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new ConfigException(describe(where, null, e), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage(), e);
        }
    }

    /** Turns a Jackson error into one line a user can act on. */
    static String describe(Path file, JsonProcessingException e) {
        return describe(file.toString(), file, e);
    }

    private static String describe(String label, Path file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        // at the end of the document Jackson's location is one past the last line: the last line is meant
        String where = label + (file != null && loc != null && loc.getLineNr() > 0
                ? " line " + Math.min(loc.getLineNr(), Math.max(1, lineCount(file))) : "");
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ConfigException config) {
                // a record's own validation (compact constructor, type resolver) rejected a value; records are built
                // after all their keys are read, so Jackson's location is the end of the object: the line of the key
                // the message starts with ("name: ...") is the better one
                Matcher key = LEADING_KEY.matcher(config.getMessage() == null ? "" : config.getMessage());
                int line = file != null && key.find() ? lineOfKey(file, key.group(1)) : -1;
                return (line > 0 ? label + " line " + line : where) + at(e) + ": " + config.getMessage();
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof com.fasterxml.jackson.core.JsonParseException parse && c != e) {
                JsonLocation at = parse.getLocation();
                return label + (file != null && at != null && at.getLineNr() > 0 ? " line " + at.getLineNr() : "")
                        + ": not valid YAML: " + firstLine(parse.getOriginalMessage());
            }
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException bad) {
            // a @JsonCreator (e.g. an enum's of(id)) refused the value with a message of its own
            return where + at(e) + ": " + bad.getMessage();
        }
        if (e instanceof MismatchedInputException m && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("No content to map due to end-of-input")) {
            return label + ": the file is empty";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
            // YAML syntax errors span several lines (the parser's context and a caret): the first says what is wrong
            return where + ": not valid YAML: " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            // records are built after all keys are read, so Jackson's location is the end of the object
            int line = file == null ? -1 : lineOfKey(file, u.getPropertyName());
            where = line > 0 ? file + " line " + line : where;
            return where + ": unknown key '" + u.getPropertyName() + "'" + at(u)
                    + "; allowed keys: " + sorted(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return where + ": '" + f.getValue() + "' is not allowed" + at(f) + "; allowed values: "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            if (target != null && (com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(target)
                    || java.util.Map.class.isAssignableFrom(target) || target.isRecord())) {
                return where + ": expected a mapping of keys to values (key: value)" + at(m);
            }
            if (target != null && Collection.class.isAssignableFrom(target)) {
                return where + ": expected a list ([a, b] or one '- item' per line)" + at(m);
            }
            String type = target == null ? "a value" : plainType(target);
            String value = m instanceof InvalidFormatException f && f.getValue() != null ? "'" + f.getValue() + "' is not"
                    : "expected";
            return where + ": " + value + " " + type + at(m);
        }
        return where + ": " + firstLine(e.getOriginalMessage());
    }

    private static final Pattern LEADING_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)(?:\\.[A-Za-z0-9_.]*)?:");

    /** @return a Java type as a user would name it: {@code Integer} -> "a whole number" */
    private static String plainType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "a " + type.getSimpleName();
    }

    /** SnakeYAML's messages span several lines (context, a caret): the first non-blank one says what is wrong. */
    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("syntax error");
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static int lineOfKey(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern pattern = Pattern.compile("^\\s*(-\\s*)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the location is a convenience; the message stands without it
        }
        return -1;
    }

    private static String at(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? at(m) : "";
    }

    private static String at(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private static String sorted(Collection<Object> keys) {
        return keys.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
