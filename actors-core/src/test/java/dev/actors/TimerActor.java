package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * A test actor of either kind for the timer tests: it runs the {@link Step}s it is told (or
 * that its timers deliver) on its own thread, and journals every other message it handles as
 * {@code "<incarnation>:<message>"}, so that a test sees which instance handled what.
 */
final class TimerActor extends Actor {

    /** Told (or a timer's message): runs on the actor's thread; a step that throws is a failed tell. */
    record Step(Consumer<TimerActor> action) {
    }

    private final List<String> journal;
    private final RestartPolicy policy;
    private final int incarnation;
    /** Runs in {@code onStop()}, if set. */
    volatile Consumer<TimerActor> onStop;

    TimerActor(ActorRuntime runtime, List<String> journal, RestartPolicy policy, int incarnation) {
        super(runtime == ActorRuntime.THREADING ? OwnThreadLoop::new : VirtualThreadLoop::new);
        this.journal = journal;
        this.policy = policy;
        this.incarnation = incarnation;
    }

    TimerActor(ActorRuntime runtime, List<String> journal) {
        this(runtime, journal, RestartPolicy.never(), 1);
    }

    @Override
    protected RestartPolicy restartPolicy() {
        return policy;
    }

    @Override
    protected Object onReceive(Object message) {
        if (message instanceof Step step) {
            step.action().accept(this);
            return null;
        }
        journal.add(incarnation + ":" + message);
        return message;
    }

    @Override
    protected void onStop() {
        Consumer<TimerActor> step = onStop;
        if (step != null) {
            step.accept(this);
        }
    }

    /** Waits, on the actor's thread, until at least {@code count} messages wait in its mailbox. */
    void awaitQueued(int count) {
        await().atMost(Waits.TIMEOUT).pollInSameThread()
                .pollInterval(Duration.ofMillis(1))
                .until(() -> mailbox.size() >= count);
    }

    /** Messages waiting in the mailbox now. */
    int queued() {
        return mailbox.size();
    }
}
