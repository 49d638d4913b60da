package dev.actors.spring.observation;

import dev.actors.spring.observation.ActorMessageObservationDocumentation.HighCardinalityKeyNames;
import dev.actors.spring.observation.ActorMessageObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default {@link ActorMessageObservationConvention}: name {@code actors.message};
 * low-cardinality {@code actor.class} (the class name), {@code message.kind}
 * ({@code tell}|{@code ask}|{@code call}) and {@code outcome} ({@code success}|{@code failure});
 * high-cardinality {@code actor.urn}; contextual (span) name {@code "<kind> <ActorSimpleName>"},
 * for example {@code "call Greeter"}. Pykka: none.
 */
public class DefaultActorMessageObservationConvention implements ActorMessageObservationConvention {

    /** The observation's (and its timer's) name. */
    public static final String NAME = "actors.message";

    /** Creates the convention. */
    public DefaultActorMessageObservationConvention() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(ActorMessageObservationContext context) {
        return kind(context) + " " + context.getActor().actorClass().getSimpleName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ActorMessageObservationContext context) {
        return KeyValues.of(LowCardinalityKeyNames.ACTOR_CLASS.withValue(context.getActor().actorClass().getName()),
                LowCardinalityKeyNames.MESSAGE_KIND.withValue(kind(context)),
                LowCardinalityKeyNames.OUTCOME.withValue(context.getError() == null ? "success" : "failure"));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ActorMessageObservationContext context) {
        return KeyValues.of(HighCardinalityKeyNames.ACTOR_URN.withValue(context.getActor().actorUrn()));
    }

    private static String kind(ActorMessageObservationContext context) {
        return switch (context.getKind()) {
            case TELL -> "tell";
            case ASK -> "ask";
            case CALL -> "call";
        };
    }
}
