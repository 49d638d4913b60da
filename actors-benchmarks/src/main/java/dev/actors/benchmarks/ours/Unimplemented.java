package dev.actors.benchmarks.ours;

import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.VirtualThreadActor;
import dev.actors.benchmarks.Timeouts;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether this build's {@code Timers} and {@code Entities} are still the 0.2 skeletons, whose
 * methods throw {@link UnsupportedOperationException}: the scenarios that need them are then
 * skipped, saying so, instead of failing the smoke run. Only that exception means "not
 * implemented"; any other failure, or a timer that never fires, propagates, so a broken
 * implementation still fails the run.
 */
public final class Unimplemented {

    private Unimplemented() {
    }

    /** Why timers cannot be measured in this build, or empty when a single timer fires through the mailbox. */
    public static Optional<String> timers() throws Exception {
        ActorRegistry registry = new ActorRegistry();
        try {
            TimerProbe probe = new TimerProbe();
            registry.start(probe);
            return probe.outcome.get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException lost) {
            throw new IllegalStateException("A single timer with no delay, started from onStart, did not fire within "
                    + Timeouts.REPLY + ": Timers is broken", lost);
        } finally {
            registry.stopAll(Timeouts.REPLY);
        }
    }

    /** Why entities cannot be measured in this build, or empty when an entity answers an ask. */
    public static Optional<String> entities() {
        ActorRegistry registry = new ActorRegistry();
        try {
            Entities<Long, EchoActor.OnVirtualThread> entities = registry.entities(EchoActor.OnVirtualThread.class,
                    key -> new EchoActor.OnVirtualThread(), EntitySettings.defaults());
            Object reply = entities.ask(0L, "probe").get(Timeouts.REPLY);
            if (!"probe".equals(reply)) {
                throw new IllegalStateException("An echo entity replied " + reply + " to 'probe': Entities is broken");
            }
            return Optional.empty();
        } catch (UnsupportedOperationException skeleton) {
            return Optional.of("Entities is not implemented in this build (" + skeleton.getMessage() + ")");
        } finally {
            registry.stopAll(Timeouts.REPLY);
        }
    }

    /** Starts a single timer from {@code onStart} and reports whether its message arrives. */
    private static final class TimerProbe extends VirtualThreadActor {
        private static final Object FIRED = "probe-fired";
        private final CompletableFuture<Optional<String>> outcome = new CompletableFuture<>();

        @Override
        protected void onStart() {
            try {
                timers().startSingle("probe", FIRED, Duration.ZERO);
            } catch (UnsupportedOperationException skeleton) {
                outcome.complete(Optional.of("Timers is not implemented in this build (" + skeleton.getMessage() + ")"));
            }
        }

        @Override
        protected Object onReceive(Object message) {
            if (message == FIRED) {
                outcome.complete(Optional.empty());
            }
            return null;
        }
    }
}
