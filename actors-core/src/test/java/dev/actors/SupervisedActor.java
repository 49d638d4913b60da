package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A test actor with a restart policy, run by either execution strategy: "boom" (told) fails,
 * "fatal" throws an {@link OutOfMemoryError}, "block" waits on the shared latch, anything else is
 * recorded; {@code "incarnation"} answers which instance (1, 2, ...) handles it. Every instance
 * records itself in the shared {@link Shared} state, so a test sees what each restart built.
 */
final class SupervisedActor extends Actor {

    /** What all instances of one supervised actor share: the test's view across restarts. */
    static final class Shared {
        final AtomicInteger built = new AtomicInteger();
        final List<Object> handled = new CopyOnWriteArrayList<>();
        final List<Integer> failedInstances = new CopyOnWriteArrayList<>();
        final List<Integer> stoppedInstances = new CopyOnWriteArrayList<>();
        final List<ActorRef<?>> refsSeenInConstructor = new CopyOnWriteArrayList<>();
        final RestartPolicy policy;
        final Function<Actor, ActorLoop> execution;
        volatile int failOnStartUpTo; // instances 1..failOnStartUpTo fail in onStart
        volatile boolean failOnStartAlways;
        volatile CountDownLatch gate = new CountDownLatch(0);

        Shared(ActorRuntime runtime, RestartPolicy policy) {
            this.policy = policy;
            this.execution = runtime == ActorRuntime.THREADING ? OwnThreadLoop::new : VirtualThreadLoop::new;
        }

        SupervisedActor create() {
            return new SupervisedActor(this);
        }
    }

    static RestartPolicy quick() {
        return RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO).withMaxRestarts(3, Duration.ofMinutes(1));
    }

    private final Shared shared;
    private final int instance;

    SupervisedActor(Shared shared) {
        super(shared.execution);
        this.shared = shared;
        this.instance = shared.built.incrementAndGet();
        shared.refsSeenInConstructor.add(actorRef());
    }

    @Override
    protected RestartPolicy restartPolicy() {
        return shared.policy;
    }

    @Override
    protected void onStart() {
        if (shared.failOnStartAlways || instance <= shared.failOnStartUpTo) {
            throw new IllegalStateException("onStart of instance " + instance + " fails");
        }
    }

    @Override
    protected void onStop() {
        shared.stoppedInstances.add(instance);
    }

    @Override
    protected void onFailure(Throwable cause) {
        shared.failedInstances.add(instance);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
        if ("boom".equals(message)) {
            throw new IllegalStateException("boom in instance " + instance);
        } else if ("fatal".equals(message)) {
            throw new OutOfMemoryError("simulated in instance " + instance);
        } else if ("block".equals(message)) {
            shared.gate.await();
        } else if (!"incarnation".equals(message)) {
            shared.handled.add(message);
        }
        return instance;
    }
}
