package dev.actors.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of the actors starter and their key names. Pykka: none.
 */
public enum ActorMessageObservationDocumentation implements ObservationDocumentation {

    /** One handled actor message: {@code actors.message}. */
    MESSAGE {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultActorMessageObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeyNames.values();
        }
    };

    /** The low-cardinality keys of {@code actors.message}: meter tags and span tags. */
    public enum LowCardinalityKeyNames implements KeyName {

        /** The handling actor's class name. */
        ACTOR_CLASS {
            @Override
            public String asString() {
                return "actor.class";
            }
        },

        /** How the message was sent: {@code tell}, {@code ask} or {@code call} (a proxy call). */
        MESSAGE_KIND {
            @Override
            public String asString() {
                return "message.kind";
            }
        },

        /** {@code success} when the handler returned, {@code failure} when it threw. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        }
    }

    /** The high-cardinality keys of {@code actors.message}: span tags only. */
    public enum HighCardinalityKeyNames implements KeyName {

        /** The handling actor's URN. */
        ACTOR_URN {
            @Override
            public String asString() {
                return "actor.urn";
            }
        }
    }
}
