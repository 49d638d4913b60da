package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The actor loop, Pykka's {@code _actor_loop}, the same for every kind of actor: the start
 * hook, then one message at a time (take, dispatch, failure rules) until a stop or a failure,
 * then the drain of what is left. {@link #run()} reads top to bottom; the failure rules are
 * the methods under it.
 *
 * <p>A subclass is the execution strategy: which thread runs the loop, how it waits for the
 * next message and how a sender wakes it. {@link OwnThreadLoop} ({@link ThreadingActor}): one
 * platform thread for the actor's whole life, parked while idle. {@link VirtualThreadLoop}
 * ({@link VirtualThreadActor}): a virtual thread per burst of messages, none while idle.
 *
 * <p>Threads: {@link #run()} and everything it calls run only on the thread that owns the
 * mailbox at the time (the strategy guarantees one at a time, and hands the owner's writes to
 * the next owner through its own volatile state). The counters are written by that thread
 * only, with opaque stores, and read by monitors.
 */
abstract class ActorLoop {

    private static final Logger log = LoggerFactory.getLogger(Actor.class);
    private static final VarHandle NOT_HANDLED;
    private static final VarHandle FAILED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NOT_HANDLED = lookup.findVarHandle(ActorLoop.class, "notHandled", long.class);
            FAILED = lookup.findVarHandle(ActorLoop.class, "failed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Actor actor;
    final Mailbox mailbox;
    /** The thread running the loop now; {@code null} while a {@link VirtualThreadLoop} is idle. */
    volatile Thread thread;
    /** Owner only: whether the start hook has run. */
    private boolean started;
    /**
     * Envelopes taken but not handled as messages (stop requests, leftovers answered at stop):
     * the processed count is the mailbox's taken count minus these, so that handling a message
     * writes no counter.
     */
    private long notHandled;
    private long failed;
    /**
     * The instance handling messages now: {@link #actor} (the identity) until a restart, then the
     * one the restart built. Owner only (ownership passes through the strategy's volatile state).
     */
    private Actor incarnation;
    /**
     * The restart policy at work, {@code null} when it never restarts. Set once at start, before
     * the mailbox opens (so before any owner runs or any monitor has the actor).
     */
    private Supervisor supervisor;

    ActorLoop(Actor actor) {
        this.actor = actor;
        this.mailbox = actor.mailbox;
        this.incarnation = actor;
    }

    /** Called once by {@link Actor#startIn} before the mailbox opens. */
    final void supervise(RestartPolicy restartPolicy, Supplier<? extends Actor> instanceFactory) {
        supervisor = restartPolicy.restarts() ? new Supervisor(actor, restartPolicy, instanceFactory) : null;
    }

    /** Starts the actor's thread (or schedules its first run); called once, when the actor starts. */
    abstract void launch();

    /**
     * A message was accepted: make sure a thread will take it (hot path). When the actor turns
     * out to need a wake-up the sender did not reserve stack for (it looked busy before the send
     * and went idle since), the strategy reserves it here, before it changes any state: an
     * overflow then leaves the actor idle, and the next message wakes it.
     *
     * @param reserved the frames of {@link StackHeadroom} the send already proved
     */
    abstract void signal(int reserved);

    /**
     * The {@link StackHeadroom} a send needs now for waking the actor: 0 while it is busy (a hint,
     * read before the send: the actor may go idle or wake up meanwhile). Hot path: one volatile read.
     */
    abstract int wakeUpHeadroom();

    /** {@link ActorState#IDLE} or {@link ActorState#RUNNING}, for a live actor. */
    abstract ActorState activity();

    /** The next envelope, waiting as the strategy waits; {@code null} when it gives the mailbox up. */
    abstract Envelope take();

    /** Called after each handled message, on the loop's thread (a strategy may yield there). */
    void afterMessage() {
    }

    /**
     * The loop: runs on the current thread until the strategy gives the mailbox up or the actor stops.
     *
     * @return {@code false} once the actor has stopped
     */
    final boolean run() {
        if (!started) {
            started = true;
            if (!runOnStart()) {
                return false;
            }
        }
        for (Envelope envelope; (envelope = take()) != null; ) {
            if (!handle(envelope)) {
                return false;
            }
            Thread.interrupted(); // an interrupt aimed at one handler must not hit the next message
            afterMessage();
        }
        return true;
    }

    /** Runs {@link Actor#onStart()}; {@code false} if the actor then stopped. */
    private boolean runOnStart() {
        try {
            incarnation.onStart();
            Thread.interrupted(); // an interrupt left by onStart must not hit the first message (as between messages)
            return true;
        } catch (Throwable startFailure) {
            SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", incarnation.label(), startFailure);
            if (!isFatal(startFailure) && supervisor != null) {
                return restartOrStop(startFailure);
            }
            stopOnFailure(startFailure, false);
            return false;
        }
    }

    /** Handles one envelope, applying the failure rules; {@code false} once the actor has stopped. */
    private boolean handle(Envelope envelope) {
        Object message = envelope.message;
        ThreadingFuture<Object> reply = envelope.reply;
        if (message == StopSignal.INSTANCE) {
            NOT_HANDLED.setOpaque(this, notHandled + 1);
            stopNormally(reply);
            return false;
        }
        if (message instanceof TimerMessage timerMessage) {
            Timers timers = actor.timersIfUsed();
            message = timers == null ? null : timers.accept(timerMessage);
            if (message == null) { // its timer was cancelled, replaced or ended: skipped, never handled
                NOT_HANDLED.setOpaque(this, notHandled + 1);
                return true;
            }
        }
        Actor target = incarnation;
        MessageHook hook = actor.registry().messageHook();
        MessageHook.Scope scope = hook == null ? null : MessageHooks.restore(hook, actor, envelope);
        Object result;
        try {
            result = message instanceof ActorCommand command ? command.applyTo(target) : target.onReceive(message);
        } catch (Throwable handlerFailure) {
            FAILED.setOpaque(this, failed + 1);
            if (scope != null) {
                MessageHooks.close(scope, actor, handlerFailure);
            }
            return survives(handlerFailure, message, reply, envelope.warnOnFailure);
        }
        if (scope != null) {
            MessageHooks.close(scope, actor, null);
        }
        if (reply != null) {
            reply.succeed(result); // outside the try: a completion callback's Error is not the handler's failure
        }
        return true;
    }

    private boolean survives(Throwable handlerFailure, Object message, ThreadingFuture<Object> reply, boolean warnOnFailure) {
        if (isFatal(handlerFailure)) {
            VirtualMachineError fatal = (VirtualMachineError) handlerFailure;
            if (reply != null) {
                reply.fail(fatal);
            }
            SafeLog.log(log, Level.ERROR, "Fatal error in {}: stopping every actor of its registry", actor.label(), fatal);
            stopOnFailure(fatal, true);
            return false;
        }
        if (reply != null) {
            SafeLog.log(log, Level.DEBUG, "Exception returned from {} to caller:", actor.label(), handlerFailure);
            reply.fail(handlerFailure);
            return true;
        }
        if (warnOnFailure) {
            SafeLog.log(log, Level.WARN, "Exception in {} from {}, a call whose result nobody waits for:", actor.label(),
                    message, handlerFailure);
            return true;
        }
        SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", incarnation.label(), handlerFailure);
        actor.registry().deadLetter(actor.actorRef(), message, DeadLetter.Reason.FAILED);
        if (supervisor == null) {
            stopOnFailure(handlerFailure, true);
            return false;
        }
        runOnFailure(handlerFailure);
        return restartOrStop(handlerFailure);
    }

    /**
     * {@link #restart}, guarded: whatever escapes the restart machinery itself (an
     * {@link OutOfMemoryError} in its bookkeeping, say) must not end this thread with the mailbox
     * owned, which would wedge the actor with its senders' futures pending. It stops the actor
     * instead, as a failure would without a policy.
     */
    private boolean restartOrStop(Throwable cause) {
        try {
            return restart(cause);
        } catch (Throwable broken) {
            if (actor.isStopped()) {
                throw broken; // it escaped the stop itself: nothing more can be done here
            }
            SafeLog.log(log, Level.ERROR, "Restarting {} failed: stopping it", actor.label(), broken);
            stopOnFailure(isFatal(broken) ? broken : cause, false);
            return false;
        }
    }

    /**
     * The restart of a failed incarnation ({@code onFailure} has run, if it was a handler's
     * failure): within the policy's bound, waits out the backoff, builds a new instance with the
     * factory and runs its {@code onStart()}; a failure of either counts as one more and goes
     * round again. Past the bound the actor stops for good, as without a policy.
     *
     * @return {@code true} once a new incarnation has started, {@code false} once the actor stopped
     */
    private boolean restart(Throwable cause) {
        boolean triedSinceStopRequest = false;
        for (Throwable failure = cause; ; ) {
            endTimers();
            if (!supervisor.allowsAnotherRestart(System.nanoTime())) {
                RestartPolicy policy = supervisor.policy();
                SafeLog.log(log, Level.ERROR, "{} failed more than {} times within {}: stopping it for good ({})",
                        actor.label(), policy.maxRestarts(), policy.within(), policy);
                stopOnFailure(failure, false);
                return false;
            }
            // A stop ends the backoff, so one restart is tried at once for what was sent before
            // the stop; if that fails too, the stop wins: no tight loop of restarts.
            if (triedSinceStopRequest) {
                SafeLog.log(log, Level.ERROR, "{} was asked to stop and failed again on its restart: stopping it", actor.label());
                stopOnFailure(failure, false);
                return false;
            }
            triedSinceStopRequest = supervisor.waitOutBackoff(System.nanoTime());
            Actor fresh;
            try {
                fresh = supervisor.buildInstance();
            } catch (Throwable factoryFailure) {
                SafeLog.log(log, Level.ERROR, "The factory of {} failed on a restart:", actor.label(), factoryFailure);
                if (isFatal(factoryFailure)) {
                    stopOnFailure(factoryFailure, false);
                    return false;
                }
                failure = factoryFailure;
                continue;
            }
            incarnation = fresh;
            SafeLog.log(log, Level.INFO, "Restarted {} (restart {}) after {}", actor.label(), supervisor.restartCount(), failure);
            actor.registry().notifyRestarted(actor.actorRef(), failure);
            try {
                fresh.onStart();
                Thread.interrupted(); // as after the first onStart
                return true;
            } catch (Throwable startFailure) {
                SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", fresh.label(), startFailure);
                if (isFatal(startFailure)) {
                    stopOnFailure(startFailure, false);
                    return false;
                }
                failure = startFailure;
            }
        }
    }

    /** A stop was requested (any thread): ends a restart backoff at once (see {@link Supervisor#waitOutBackoff}). */
    final void stopRequested() {
        Supervisor restarting = supervisor;
        if (restarting != null) {
            restarting.stopRequested(thread);
        }
    }

    private void runOnFailure(Throwable cause) {
        try {
            incarnation.onFailure(cause);
        } catch (Throwable hookFailure) {
            SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", incarnation.label(), hookFailure);
        }
    }

    private void endTimers() {
        Timers timers = actor.timersIfUsed();
        if (timers != null) {
            try {
                timers.endAll();
            } catch (RuntimeException cannotCancel) {
                SafeLog.log(log, Level.ERROR, "Ending the timers of {} failed", actor.label(), cannotCancel);
            }
        }
    }

    private void stopNormally(ThreadingFuture<Object> stopReply) {
        actor.shutDown(null);
        endTimers();
        SafeLog.log(log, Level.DEBUG, "Stopped {}", actor.label());
        try {
            incarnation.onStop();
        } catch (Throwable stopFailure) {
            SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", incarnation.label(), stopFailure);
        }
        finish(stopReply);
    }

    private void stopOnFailure(Throwable cause, boolean runOnFailure) {
        actor.shutDown(cause);
        endTimers();
        if (runOnFailure) {
            runOnFailure(cause);
        }
        finish(null);
        if (isFatal(cause)) {
            stopTheOthersAfter(cause);
        }
    }

    /**
     * The failed handler may have interrupted its own thread: stopAll waits for each actor in
     * turn, and a leftover interrupt would end it after the first. Clear it while the others are
     * stopped and put it back after, for whatever runs on this thread next.
     */
    private void stopTheOthersAfter(Throwable fatal) {
        boolean interrupted = Thread.interrupted();
        try {
            actor.registry().stopAll();
        } catch (RuntimeException stopAllFailure) {
            SafeLog.log(log, Level.ERROR, "Stopping the other actors after the fatal error in {} failed", actor.label(),
                    stopAllFailure);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A {@link VirtualMachineError} stops every actor of the registry; a
     * {@link StackOverflowError} does not: it is Python's {@code RecursionError}, an ordinary
     * exception in Pykka, and the thread recovers from it once the stack unwinds.
     */
    private static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /** The drain: answers what is still queued, then reports the stop. */
    private void finish(ThreadingFuture<Object> stopReply) {
        answerLeftovers();
        if (stopReply != null) {
            stopReply.succeed(Boolean.TRUE);
        }
        actor.registry().notifyStopped(actor.actorRef(), actor.failure());
    }

    /** Answers what is still queued after the mailbox closed (also when the launch itself failed). */
    final void answerLeftovers() {
        NOT_HANDLED.setOpaque(this, notHandled + mailbox.answerLeftovers(actor));
    }

    final boolean isRunningOnCurrentThread() {
        return thread == Thread.currentThread();
    }

    final long processedCount() {
        return Math.max(0L, mailbox.taken() - (long) NOT_HANDLED.getOpaque(this));
    }

    final int restartCount() {
        Supervisor restarting = supervisor;
        return restarting == null ? 0 : restarting.restartCount();
    }

    /** {@link ActorState#RESTARTING} during a backoff, else the strategy's activity. */
    final ActorState state() {
        Supervisor restarting = supervisor;
        return restarting != null && restarting.inBackoff() ? ActorState.RESTARTING : activity();
    }

    final long failedCount() {
        return (long) FAILED.getOpaque(this);
    }
}
