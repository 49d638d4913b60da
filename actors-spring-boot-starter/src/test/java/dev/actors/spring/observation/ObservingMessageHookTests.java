package dev.actors.spring.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import dev.actors.MessageHook.Kind;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservingMessageHookTests {

    private final ActorRegistry actors = new ActorRegistry();

    private final ActorRef<Recipient> recipient = actors.start(new Recipient());

    private final ActorThread actorThread = new ActorThread();

    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    private final ObservationRegistry observations = ObservationRegistry.create();

    ObservingMessageHookTests() {
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        actorThread.close();
        actors.stopAll(Duration.ofSeconds(10));
    }

    @Test
    void eachHandlingIsAnObservationChildOfTheSendersCurrentOneAndCurrentWhileItRuns() throws Exception {
        MessageHook hook = new ObservingMessageHook(observations, null);
        Observation request = Observation.start("http.server.requests", observations);
        Object captured;
        try (Observation.Scope ignored = request.openScope()) {
            captured = hook.capture(recipient, Kind.CALL);
        }
        request.stop();

        Observation currentInside = actorThread.call(() -> {
            MessageHook.Scope scope = hook.restore(recipient, Kind.CALL, captured);
            Observation current = observations.getCurrentObservation();
            scope.close(null);
            assertThat(observations.getCurrentObservation()).isNull();
            return current;
        });

        ActorMessageObservationContext message = (ActorMessageObservationContext) stopped.getLast();
        assertThat(currentInside.getContext()).isSameAs(message);
        assertThat(message.getName()).isEqualTo("actors.message");
        assertThat(message.getContextualName()).isEqualTo("call Recipient");
        assertThat(message.getParentObservation()).isSameAs(request);
        assertThat(message.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
                KeyValue.of("actor.class", Recipient.class.getName()), KeyValue.of("message.kind", "call"),
                KeyValue.of("outcome", "success"));
        assertThat(message.getHighCardinalityKeyValues()).containsExactly(KeyValue.of("actor.urn", recipient.actorUrn()));
    }

    @Test
    void aFailedHandlingIsAnObservationWithTheFailureAsItsErrorAndOutcomeFailure() throws Exception {
        MessageHook hook = new ObservingMessageHook(observations, null);
        Object captured = hook.capture(recipient, Kind.TELL);
        IllegalStateException failure = new IllegalStateException("handler failed");
        actorThread.call(() -> {
            hook.restore(recipient, Kind.TELL, captured).close(failure);
            return null;
        });

        ActorMessageObservationContext message = (ActorMessageObservationContext) stopped.getLast();
        assertThat(message.getParentObservation()).isNull();
        assertThat(message.getError()).isSameAs(failure);
        assertThat(message.getLowCardinalityKeyValues()).contains(KeyValue.of("outcome", "failure"),
                KeyValue.of("message.kind", "tell"));
    }

    @Test
    void anApplicationsConventionReplacesTheDefaultOne() throws Exception {
        ActorMessageObservationConvention custom = new DefaultActorMessageObservationConvention() {
            @Override
            public String getName() {
                return "shop.actors";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(ActorMessageObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and("team", "payments");
            }
        };
        MessageHook hook = new ObservingMessageHook(observations, custom);
        Object captured = hook.capture(recipient, Kind.ASK);
        actorThread.call(() -> {
            hook.restore(recipient, Kind.ASK, captured).close(null);
            return null;
        });

        Observation.Context message = stopped.getLast();
        assertThat(message.getName()).isEqualTo("shop.actors");
        assertThat(message.getLowCardinalityKeyValues()).contains(KeyValue.of("team", "payments"),
                KeyValue.of("message.kind", "ask"));
    }
}
