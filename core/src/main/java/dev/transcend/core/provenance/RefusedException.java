package dev.transcend.core.provenance;

import dev.transcend.core.config.ConfigException;

/** A stage's {@link Refusal}, thrown; its message is {@link Refusal#describe()}, without advice. */
public class RefusedException extends ConfigException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.describe());
        this.refusal = refusal;
    }

    /** @return why */
    public Refusal refusal() {
        return refusal;
    }
}
