package dev.transcend.cli.ablation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.cli.run.ExperimentConfig;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ablation, as written in {@code configs/ablation-*.yaml}: one shared experiment (the keys of an experiment
 * config, without {@code name} and {@code runDir}) and arms that each change a few of its settings. Each arm is an
 * ordinary run ({@code transcend run}) named {@code <name>-<arm>} in {@code <runDir>/<arm>}.
 *
 * @param name        letters, digits, {@code . _ -}; the folder is {@code runs/<name>} unless {@code runDir}
 * @param description what the ablation tests, shown in its report
 * @param runDir      folder of the arms' runs, their configs and logs, and the ablation report
 * @param parallel    arms run at once, each in a JVM of its own (training uses one core: two arms on two cores
 *                    take about half the time of one after the other); default 1
 * @param experiment  the shared experiment
 * @param arms        at least one
 */
public record AblationConfig(String name, String description, String runDir, Integer parallel, ObjectNode experiment,
                             List<AblationArm> arms) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");

    /** Folders of the ablation's own next to the arms' run folders: no arm may take these names. */
    static final Set<String> RESERVED = Set.of("configs", "logs", "report");

    public AblationConfig {
        if (!isName(name)) {
            throw new ConfigException("name: '" + name + "' is not allowed; use 1-80 letters, digits, '.', '_' or '-'"
                    + " (not only dots)");
        }
        description = description == null ? "" : description.strip();
        if (runDir != null && runDir.isBlank()) {
            throw new ConfigException("runDir: empty; give a folder for the arms' runs and the report, or leave runDir"
                    + " out (runs/" + name + ")");
        }
        runDir = runDir == null ? "runs/" + name : runDir;
        parallel = parallel == null ? 1 : parallel;
        if (parallel < 1 || parallel > 8) {
            throw new ConfigException("parallel: " + parallel + " is not allowed; use 1..8 arms at once");
        }
        if (experiment == null) {
            throw new ConfigException("the ablation needs an 'experiment' section: the keys of an experiment config"
                    + " (generate, prepare, model, train, play, calibrate) that its arms share");
        }
        for (String key : List.of("name", "runDir")) {
            if (experiment.has(key)) {
                throw new ConfigException("experiment." + key + ": set per arm (" + name + "-<arm> in " + runDir
                        + "/<arm>); remove it");
            }
        }
        if (arms == null || arms.isEmpty()) {
            throw new ConfigException("the ablation needs 'arms': at least one {name, description, prediction, set}");
        }
        arms = List.copyOf(arms);
        Set<String> seen = new HashSet<>();
        for (AblationArm arm : arms) {
            if (!isName(arm.name()) || RESERVED.contains(arm.name())) {
                throw new ConfigException("arms: name '" + arm.name() + "' is not allowed; use 1-80 letters, digits,"
                        + " '.', '_' or '-' (not only dots, and not " + String.join(", ", RESERVED.stream().sorted()
                        .toList()) + ": the ablation's own folders)");
            }
            if (!seen.add(arm.name())) {
                throw new ConfigException("arms: '" + arm.name() + "' appears twice; arm names name their run folders");
            }
            if (arm.set() != null && (arm.set().has("name") || arm.set().has("runDir"))) {
                throw new ConfigException("arm '" + arm.name() + "': set.name and set.runDir are set by the ablation;"
                        + " remove them");
            }
            if (arm.set() != null) {
                nullKey(arm.set(), "set").ifPresent(key -> {
                    throw new ConfigException("arm '" + arm.name() + "': " + key + " is empty (null); give it settings"
                            + " or remove the key (an empty value would drop the shared settings)");
                });
            }
        }
    }

    /**
     * Reads an ablation config and checks that every arm is a runnable experiment.
     *
     * @throws ConfigException naming the file (and the arm, for an arm's settings)
     */
    public static AblationConfig read(Path file) {
        AblationConfig config;
        try {
            config = ConfigFiles.read(file, AblationConfig.class);
        } catch (ConfigException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file.toString()) ? e
                    : new ConfigException(file + ": " + e.getMessage(), e);
        }
        try {
            // the shared section alone first, so a mistake in it is not blamed on the first arm
            ObjectNode shared = config.experiment().deepCopy();
            shared.put("name", config.name());
            ConfigFiles.convert(shared, ExperimentConfig.class, "experiment");
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
        for (AblationArm arm : config.arms()) {
            try {
                config.experiment(arm).requireRunnable();
            } catch (ConfigException e) {
                throw new ConfigException(file + ": " + e.getMessage(), e);
            }
        }
        return config;
    }

    /**
     * @param arm one of {@link #arms()}
     * @return the shared experiment with the arm's settings merged in, named {@code <name>-<arm>}, in
     *         {@code <runDir>/<arm>}
     * @throws ConfigException naming the arm and the key when the merged settings are not a valid experiment
     */
    public ExperimentConfig experiment(AblationArm arm) {
        ObjectNode merged = experiment.deepCopy();
        if (arm.set() != null) {
            merge(merged, arm.set());
        }
        merged.put("name", name + "-" + arm.name());
        merged.put("runDir", armDir(arm).toString());
        return ConfigFiles.convert(merged, ExperimentConfig.class, "arm '" + arm.name() + "'");
    }

    private static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.chars().allMatch(c -> c == '.');
    }

    /** @return the path of the first key under {@code node} whose value is null, e.g. {@code set.train} */
    private static java.util.Optional<String> nullKey(JsonNode node, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path + "." + field.getKey();
            if (field.getValue().isNull()) {
                return java.util.Optional.of(key);
            }
            if (field.getValue().isObject()) {
                java.util.Optional<String> inner = nullKey(field.getValue(), key);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** @return the arm's run folder */
    public Path armDir(AblationArm arm) {
        return Path.of(runDir, arm.name());
    }

    /** @return where the ablation's report goes */
    public Path reportDir() {
        return Path.of(runDir, "report");
    }

    /** Objects merge key by key; anything else in {@code changes} replaces what {@code target} has. */
    static void merge(ObjectNode target, ObjectNode changes) {
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = target.get(field.getKey());
            if (old instanceof ObjectNode o && field.getValue() instanceof ObjectNode n) {
                merge(o, n);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /** @return the arms' names, in order */
    public List<String> armNames() {
        List<String> names = new ArrayList<>();
        arms.forEach(a -> names.add(a.name()));
        return names;
    }
}
