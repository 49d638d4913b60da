package dev.actors.spring.scheduling;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

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
 * Before the actor is started and after it has stopped a trigger does nothing. The method
 * runs on the instance that handles the actor's messages when the run comes up, the new one
 * after a restart.
 */
final class ActorScheduledMethodRunnable implements SchedulingAwareRunnable {

    private static final Logger log = LoggerFactory.getLogger(ActorScheduledMethodRunnable.class);

    private final String actorUrn;

    private final String methodName;

    private final Runnable invocation;

    /** Spring's runnable for the method on another instance of the actor (one a restart built). */
    private final Function<Object, Runnable> runnableFor;

    private final ActorRegistry registry;

    /**
     * The instance {@link #currentInvocation} calls the method on. Set here, then touched by the
     * actor's thread only, one run at a time: each run reaches it through the mailbox, and the
     * runtime orders the actor's successive threads.
     */
    private Object currentTarget;

    private Runnable currentInvocation;

    /**
     * Set by the trigger that sends a run, cleared by the actor as that run starts. The
     * compare-and-set makes triggers from a multi-threaded scheduler agree on who sends.
     */
    private final AtomicBoolean runWaiting = new AtomicBoolean();

    /**
     * @param actor the actor bean
     * @param method the scheduled method
     * @param invocation Spring's runnable that calls the method on {@code actor} (with its observation)
     * @param runnableFor makes Spring's runnable for the method on another instance
     * @param registry the registry the actor is started in
     */
    ActorScheduledMethodRunnable(dev.actors.Actor actor, Method method, Runnable invocation,
            Function<Object, Runnable> runnableFor, ActorRegistry registry) {
        this.actorUrn = actor.actorUrn();
        this.methodName = method.getDeclaringClass().getName() + "." + method.getName() + "()";
        this.invocation = invocation;
        this.runnableFor = runnableFor;
        this.registry = registry;
        this.currentTarget = actor;
        this.currentInvocation = invocation;
    }

    @Override
    public void run() {
        // The registry holds exactly the started, not yet stopped actors.
        Optional<ActorRef<?>> ref = registry.getByUrn(actorUrn);
        if (ref.isEmpty() || !runWaiting.compareAndSet(false, true)) {
            return;
        }
        try {
            ref.get().proxy().call(incarnation -> {
                runWaiting.set(false);
                invocationOn(incarnation).run();
                return null;
            }).toCompletableFuture().whenComplete((ignored, failure) -> report(ref.get(), failure));
        }
        catch (ActorDeadException stopped) {
            runWaiting.set(false);
        }
    }

    /** Actor's thread only: Spring's runnable for the instance handling the actor's messages now. */
    private Runnable invocationOn(Object incarnation) {
        if (incarnation != currentTarget) {
            currentInvocation = runnableFor.apply(incarnation);
            currentTarget = incarnation;
        }
        return currentInvocation;
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
