package dev.transcend.model.train;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The keys in which two settings records of one type differ, written {@code "key old -> new"} with
 * the record component (= YAML key) names, so a refused resume says exactly what changed instead of
 * printing both records.
 */
final class SettingChanges {

    private SettingChanges() {
    }

    /**
     * @param before the settings a run was made with
     * @param after the settings asked for now, of the same record type
     * @param ignored keys allowed to differ
     * @return {@code "key old -> new"} per differing key outside {@code ignored}, in declaration order
     */
    static <R extends Record> List<String> between(R before, R after, Set<String> ignored) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (ignored.contains(component.getName())) {
                continue;
            }
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(component.getName() + " " + old + " -> " + now);
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
