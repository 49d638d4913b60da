package dev.actors.spring.scheduling;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.SchedulingAwareRunnable;

/**
 * What Spring's scheduler runs for one {@code @Scheduled} method of one actor: at each
 * trigger it sends the method's run to the actor as a message, so that it runs in the
 * actor's thread, in mailbox order, never beside a handler.
 *
 * <p>At most one run waits in the mailbox: a trigger that finds the previous run still
 * waiting is skipped (the runs coalesce, as Spring's own single-threaded scheduler drops
 * missed fixed-rate executions into one). The scheduler thread never waits for the actor,
 * so a busy actor delays no other scheduled task; {@code fixedDelay} therefore counts from
 * when the previous run was queued, not from when it ended. A run that throws is logged at
 * ERROR, as Spring logs a failing scheduled task, and the actor lives on (ask semantics).
 * Before the actor is started and after it has stopped a trigger does nothing.
 */
final class ActorScheduledMethodRunnable implements SchedulingAwareRunnable {

    private static final Logger log = LoggerFactory.getLogger(ActorScheduledMethodRunnable.class);

    private final String actorUrn;

    private final String methodName;

    private final Runnable invocation;

    private final ActorRegistry registry;

    /**
     * Set by the trigger that sends a run, cleared by the actor as that run starts. The
     * compare-and-set makes triggers from a multi-threaded scheduler agree on who sends.
     */
    private final AtomicBoolean runWaiting = new AtomicBoolean();

    /**
     * @param actor the actor bean
     * @param method the scheduled method
     * @param invocation Spring's runnable that calls the method (with its observation)
     * @param registry the registry the actor is started in
     */
    ActorScheduledMethodRunnable(dev.actors.Actor actor, Method method, Runnable invocation, ActorRegistry registry) {
        this.actorUrn = actor.actorUrn();
        this.methodName = method.getDeclaringClass().getName() + "." + method.getName() + "()";
        this.invocation = invocation;
        this.registry = registry;
    }

    @Override
    public void run() {
        // The registry holds exactly the started, not yet stopped actors.
        Optional<ActorRef<?>> ref = registry.getByUrn(actorUrn);
        if (ref.isEmpty() || !runWaiting.compareAndSet(false, true)) {
            return;
        }
        try {
            ref.get().proxy().call(actor -> {
                runWaiting.set(false);
                invocation.run();
                return null;
            }).toCompletableFuture().whenComplete((ignored, failure) -> report(ref.get(), failure));
        }
        catch (ActorDeadException stopped) {
            runWaiting.set(false);
        }
    }

    private void report(ActorRef<?> ref, @Nullable Throwable failure) {
        // ActorDeadException: the run was still queued when the actor stopped; nothing to say.
        if (failure != null && !(failure instanceof ActorDeadException)) {
            log.error("@Scheduled method {} failed in {}; the actor lives on, and so does the schedule", methodName,
                    ref, failure);
        }
    }

    @Override
    public @Nullable String getQualifier() {
        return invocation instanceof SchedulingAwareRunnable aware ? aware.getQualifier() : null;
    }

    @Override
    public String toString() {
        return methodName + " in actor " + actorUrn;
    }
}
