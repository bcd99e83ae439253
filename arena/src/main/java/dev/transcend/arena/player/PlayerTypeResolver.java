package dev.transcend.arena.player;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import dev.transcend.core.config.ConfigException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the {@code type} key of a player spec to its record. Jackson's name-based ids would fall back
 * to the default kind (engine) for a misspelt type; this resolver rejects it instead, listing the
 * allowed values. A missing {@code type} still means engine.
 */
final class PlayerTypeResolver extends TypeIdResolverBase {

    private static final Map<String, Class<? extends PlayerSpec>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("engine", EngineSpec.class);
        TYPES.put("model", ModelSpec.class);
        TYPES.put("random", RandomSpec.class);
        TYPES.put("expert", ExpertSpec.class);
    }

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
        for (Map.Entry<String, Class<? extends PlayerSpec>> e : TYPES.entrySet()) {
            if (e.getValue().equals(type)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("not a player spec: " + type);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<? extends PlayerSpec> type = TYPES.get(id.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new ConfigException("type: '" + id + "' is not allowed; allowed values: " + String.join(", ", TYPES.keySet()));
        }
        return context.constructType(type);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
