package dev.actors.reliability;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.Queue;

/**
 * Checks, once every actor has stopped, what the soak world recorded: each message handled
 * at most once, and exactly once when it was sent before the actor's cutoff (its stop, its
 * killing fault, or the final {@code stopAll}), and otherwise either handled once or a dead
 * letter with one reason (never both, never neither); a refused tell is a REFUSED dead letter;
 * each ask's future agrees with whether its
 * message was handled; refused tells were never handled; fault and stop futures ended as
 * they must. Problems go to the world's violation list.
 */
final class SoakVerdict {

    private final SoakWorld world;
    private final SoakLedger ledger;
    private final SoakFigures figures;
    private final Queue<String> violations;
    private long injectedAskFailures;

    SoakVerdict(SoakWorld world) {
        this.world = world;
        this.ledger = world.ledger;
        this.figures = world.figures;
        this.violations = world.violations;
    }

    /** Runs every check. Futures must all be done before this is called. */
    void check() {
        for (TrackedActor actor : world.everyActor) {
            for (TrackedActor.Sent sent : actor.sent()) {
                checkSent(actor, sent);
            }
            for (long id : actor.refused()) {
                if (ledger.handled(id) != 0) {
                    violations.add("message " + id + " was refused with ActorDeadException by " + actor
                            + " and handled anyway");
                }
                if (!ledger.deadLetters(id).equals(List.of(DeadLetter.Reason.REFUSED))) {
                    violations.add("message " + id + " was refused by " + actor + " but its dead letters are "
                            + ledger.deadLetters(id));
                }
            }
            figures.restarts.add(actor.ref().restartCount());
        }
        world.faultFutures.forEach(this::checkFaultFuture);
        world.stopFutures.forEach(this::checkStopFuture);
    }

    /** @return how many asked faults failed with the injected exception (each logs at DEBUG) */
    long injectedAskFailures() {
        return injectedAskFailures;
    }

    private void checkSent(TrackedActor actor, TrackedActor.Sent sent) {
        figures.handledChecked.increment();
        int handled = ledger.handled(sent.id());
        List<DeadLetter.Reason> deadLetters = ledger.deadLetters(sent.id());
        figures.deadLetters.add(deadLetters.size());
        boolean beforeCutoff = sent.stamp() < actor.cutoff();
        if (handled + deadLetters.size() != 1) {
            violations.add("message " + sent.id() + " to " + actor + " was handled " + handled
                    + " times and has the dead letters " + deadLetters + ": exactly one of the two was expected");
        }
        if (deadLetters.contains(DeadLetter.Reason.FAILED)
                || (sent.reply() == null && deadLetters.contains(DeadLetter.Reason.REFUSED))) {
            violations.add("message " + sent.id() + " to " + actor + " (accepted, handled without failing) has the"
                    + " dead letters " + deadLetters);
        }
        if (handled > 1) {
            violations.add("message " + sent.id() + " to " + actor + " was handled " + handled + " times");
        }
        if (sent.reply() == null) {
            if (beforeCutoff && handled != 1) {
                violations.add("message " + sent.id() + " told to " + actor
                        + " before its stop was lost (handled " + handled + " times)");
            }
            return;
        }
        try {
            Object reply = sent.reply().get(Duration.ZERO);
            figures.futuresWithValue.increment();
            if (!Long.valueOf(sent.id()).equals(reply) || handled != 1) {
                violations.add("ask " + sent.id() + " to " + actor + " replied " + reply + " but was handled "
                        + handled + " times");
            }
        } catch (ActorDeadException e) {
            figures.futuresDead.increment();
            if (handled != 0 || beforeCutoff) {
                violations.add("ask " + sent.id() + " to " + actor + " failed with ActorDeadException, yet was "
                        + (handled != 0 ? "handled" : "asked before the stop"));
            }
        } catch (RuntimeException | Error e) {
            violations.add("ask " + sent.id() + " to " + actor + " ended with " + e);
        }
    }

    private void checkFaultFuture(ActorFuture<?> future) {
        try {
            Object value = future.get(Duration.ZERO);
            violations.add("an injected failure's future completed with a value: " + value);
        } catch (InjectedFailure e) {
            figures.futuresInjected.increment();
            injectedAskFailures++;
        } catch (StackOverflowError | InternalError e) {
            figures.futuresInjected.increment();
        } catch (ActorDeadException e) {
            figures.futuresDead.increment();
        } catch (RuntimeException | Error e) {
            violations.add("an injected failure's future ended with " + e);
        }
    }

    private void checkStopFuture(ActorFuture<Boolean> future) {
        try {
            if (future.get(Duration.ZERO) == null) {
                violations.add("a stopAsync future completed with null");
            }
            figures.futuresWithValue.increment();
        } catch (RuntimeException | Error e) {
            violations.add("a stopAsync future ended with " + e);
        }
    }
}
