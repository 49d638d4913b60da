package dev.actors.cluster.hazelcast.diagnostics;

import dev.actors.cluster.hazelcast.EntityNotSerializableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a clustered entity bean whose {@code @EntityKey} type can never be serialized (found
 * when its {@code Entities} are made, at startup), or any other {@link EntityNotSerializableException}
 * that failed the startup (a message sent while the context started).
 */
public final class EntityNotSerializableFailureAnalyzer extends AbstractFailureAnalyzer<EntityNotSerializableException> {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public EntityNotSerializableFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EntityNotSerializableException cause) {
        return new FailureAnalysis(cause.getMessage(), "Keys, messages, interface-call arguments and replies of a "
                + "@ClusteredEntity travel between members: make them java.io.Serializable (a record implementing it is "
                + "typical) or give Hazelcast a serializer for them (Compact). Lambdas never travel: send messages or "
                + "call a typed interface proxy.", cause);
    }
}
