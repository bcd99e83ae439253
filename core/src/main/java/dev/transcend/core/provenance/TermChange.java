package dev.transcend.core.provenance;

import dev.transcend.core.io.Json;

import java.util.Collection;
import java.util.Map;

/**
 * One term that differs between the terms a stage's outputs were made under and this run's (see {@link Terms}).
 *
 * @param path where in the terms, record components and map keys joined by dots, e.g. {@code moveLimit},
 *             {@code opponents.sf-skill1.rating}, {@code prepare.cap}
 * @param before the recorded value: a string, number, boolean, list or map, or null if absent
 * @param after this run's value, likewise
 */
public record TermChange(String path, Object before, Object after) {

    /** @return this change with its path under {@code root}, e.g. {@code batchSize} under {@code train} */
    public TermChange under(String root) {
        return new TermChange(root + "." + path, before, after);
    }

    /** @return {@code "path before -> after"}, e.g. {@code "moveLimit 30 -> 25"}; an absent value shows as none */
    @Override
    public String toString() {
        return path + " " + show(before) + " -> " + show(after);
    }

    /** Lists and maps as compact JSON, e.g. {@code ["a","b"]} or {@code {"depth":1}}. */
    private static String show(Object value) {
        return value == null ? "none" : value instanceof Map || value instanceof Collection
                ? Json.mapper().valueToTree(value).toString() : value.toString();
    }
}
