package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The WARN log of dead letters: at most 10 per actor class per window, then one summary line
 * with the count when the window ends (from the registry's scheduler); {@code FAILED} not logged.
 * The unit tests drive the window with a test clock, so that no outcome depends on how fast
 * this machine runs: the summary task re-checks the clock and waits until it says the window ended.
 */
class DeadLetterLogTest {

    private static final Duration WINDOW = Duration.ofMillis(100);
    /** In every summary line, singular or plural, before the class name. */
    private static final String SUMMARY = "for actors of class ";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();
    private final AtomicLong clock = new AtomicLong();
    private final TimerScheduler scheduler = new TimerScheduler();
    private final DeadLetterLog deadLetterLog = new DeadLetterLog(() -> scheduler, WINDOW, clock::get);
    /** Never started: a dead letter needs only a recipient to name. */
    private final ActorRef<Actor> scripted = ActorRuntime.THREADING.create(new Script()).self();
    private final ActorRef<Actor> other = new TimerActor(ActorRuntime.THREADING, List.of()).actorRef();

    /** Actor classes of their own for the tests that look for summary lines (another test's may come late). */
    static final class SummaryTarget extends ThreadingActor {
    }

    static final class QuietTarget extends ThreadingActor {
    }

    static final class LoneTarget extends ThreadingActor {
    }

    static final class UnscheduledTarget extends ThreadingActor {
    }

    private static String summaryOf(Class<?> type) {
        return SUMMARY + type.getName() + " ";
    }

    @AfterEach
    void endTheWindows() {
        clock.addAndGet(Duration.ofDays(1).toNanos()); // a pending summary task finishes instead of re-checking
        registry.stopAll(TIMEOUT);
    }

    private void refused(ActorRef<?> recipient, int count) {
        for (int i = 0; i < count; i++) {
            deadLetterLog.log(new DeadLetter(recipient, "m" + i, DeadLetter.Reason.REFUSED));
        }
    }

    private List<ILoggingEvent> lines(ActorRef<?> recipient) {
        return logs.events(Level.WARN, "Dead letter (REFUSED) for " + recipient.actor().label());
    }

    @Test
    void theRegistryLogsTenRefusedDeadLettersOfAnActorClassAndListenersGetEveryOne() {
        List<DeadLetter> heard = new CopyOnWriteArrayList<>();
        registry.addDeadLetterListener(heard::add);
        ActorRef<Actor> stopped = ActorRuntime.VIRTUAL_THREADS.start(registry);
        assertThat(stopped.stop(TIMEOUT)).isTrue();
        for (int i = 0; i < 15; i++) {
            try {
                stopped.tell("late " + i);
            } catch (ActorDeadException expected) {
                // the sender's side of a REFUSED dead letter; logged on this thread before the throw
            }
        }

        List<ILoggingEvent> logged = lines(stopped);
        assertThat(logged).hasSize(10);
        assertThat(logged.get(0).getFormattedMessage()).isEqualTo("Dead letter (REFUSED) for " + stopped.actor().label()
                + ": late 0");
        assertThat(logged.get(9).getFormattedMessage()).isEqualTo("Dead letter (REFUSED) for " + stopped.actor().label()
                + ": late 9 (the last one logged for this actor class this minute; later ones are counted: listen "
                + "with ActorRegistry.addDeadLetterListener to see every one)");
        assertThat(heard).hasSize(15).allMatch(letter -> letter.reason() == DeadLetter.Reason.REFUSED);
    }

    @Test
    void failedDeadLettersReachListenersButAreNotLoggedAgain() {
        List<DeadLetter> heard = new CopyOnWriteArrayList<>();
        registry.addDeadLetterListener(heard::add);
        CountDownLatch stopped = new CountDownLatch(1);
        registry.addListener(new ActorListener() {
            @Override
            public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
                stopped.countDown();
            }
        });
        ActorRef<Actor> failing = ActorRuntime.VIRTUAL_THREADS.start(registry, new Script().onReceive((self, message) -> {
            throw new IllegalStateException("failure injected by the test");
        }));
        failing.tell("poison");
        awaitLatch(stopped);

        assertThat(heard).extracting(DeadLetter::reason).containsExactly(DeadLetter.Reason.FAILED);
        assertThat(logs.events(Level.WARN, "Dead letter")).isEmpty();
    }

    @Test
    void whenTheWindowEndsOneLineCountsTheDeadLettersThatWereNotLogged() {
        ActorRef<SummaryTarget> target = new SummaryTarget().actorRef();
        refused(target, 15);
        assertThat(lines(target)).hasSize(10);

        clock.addAndGet(WINDOW.toNanos());
        // Nothing else logs now: the summary comes from the scheduler's task, once it sees the window ended.
        List<ILoggingEvent> summary = logs.awaitCount(Level.WARN, summaryOf(SummaryTarget.class), 1);
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).getFormattedMessage()).isEqualTo("5 more dead letters " + summaryOf(SummaryTarget.class)
                + "were not logged in the last 100 ms "
                + "(at most 10 per actor class are); listen with ActorRegistry.addDeadLetterListener to see every one");

        refused(target, 1);
        assertThat(lines(target)).as("the next window logs again").hasSize(11);
    }

    @Test
    void oneDeadLetterNotLoggedIsCountedInTheSingular() {
        refused(new LoneTarget().actorRef(), 11);
        clock.addAndGet(WINDOW.toNanos());
        assertThat(logs.awaitCount(Level.WARN, summaryOf(LoneTarget.class), 1)).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("1 more dead letter " + summaryOf(LoneTarget.class) + "was not logged in the last 100 ms");
    }

    @Test
    void aWindowThatStayedUnderTheLimitEndsWithTheNextDeadLetterAfterIt() {
        ActorRef<QuietTarget> target = new QuietTarget().actorRef();
        refused(target, 10);
        clock.addAndGet(WINDOW.toNanos());
        refused(target, 10);
        assertThat(lines(target)).hasSize(20);
        assertThat(logs.events(Level.WARN, summaryOf(QuietTarget.class))).isEmpty();
    }

    @Test
    void eachActorClassHasItsOwnLimit() {
        refused(scripted, 11);
        refused(other, 11);
        assertThat(lines(scripted)).hasSize(10);
        assertThat(lines(other)).hasSize(10);
    }

    @Test
    void loggingNeverThrowsEvenWhenTheSchedulerFails() {
        DeadLetterLog brokenScheduler = new DeadLetterLog(() -> {
            throw new IllegalStateException("no scheduler");
        }, WINDOW, clock::get);
        ActorRef<UnscheduledTarget> target = new UnscheduledTarget().actorRef();
        assertThatCode(() -> {
            for (int i = 0; i < 12; i++) {
                brokenScheduler.log(new DeadLetter(target, "m" + i, DeadLetter.Reason.DROPPED));
            }
        }).doesNotThrowAnyException();
        assertThat(logs.events(Level.WARN, "Dead letter (DROPPED) for " + target.actor().label())).hasSize(10);

        // No close task ran: a whole window after the end, the next dead letter closes it and logs its summary.
        clock.addAndGet(2 * WINDOW.toNanos());
        brokenScheduler.log(new DeadLetter(target, "after", DeadLetter.Reason.DROPPED));
        assertThat(logs.events(Level.WARN, summaryOf(UnscheduledTarget.class))).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString().startsWith("2 more dead letters ");
        assertThat(logs.events(Level.WARN, "Dead letter (DROPPED) for " + target.actor().label())).hasSize(11);
    }
}
