package dev.actors;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** {@link Actor#mailboxCapacity()}: senders block while the mailbox is full and are released when the actor dies. */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class BoundedMailboxTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Queue<Object> handled = new ConcurrentLinkedQueue<>();

    BoundedMailboxTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        release.countDown();
        registry.stopAll(TIMEOUT);
    }

    /** Blocks on "block" until {@link #release}, then fails on "fail"; records everything else. */
    private ActorRef<Actor> start(Script script) {
        return runtime.start(registry, script.onReceive((actor, message) -> {
            if ("block".equals(message) || "fail".equals(message)) {
                entered.countDown();
                awaitLatch(release);
                if ("fail".equals(message)) {
                    throw new IllegalStateException("dies with senders waiting");
                }
            }
            handled.add(message);
            return message;
        }));
    }

    private static Thread startSender(Runnable send) {
        return Thread.ofPlatform().name("sender").start(send);
    }

    private static void awaitParked(Thread sender) {
        await().atMost(TIMEOUT).until(() -> switch (sender.getState()) {
            case WAITING, TIMED_WAITING, BLOCKED -> true;
            default -> false;
        });
    }

    @Test
    void tellAndAskBlockWhileTheMailboxIsFull() throws InterruptedException {
        ActorRef<Actor> ref = start(new Script().mailboxCapacity(2));
        ref.tell("block");
        awaitLatch(entered);
        ref.tell("one");
        ref.tell("two");
        assertThat(ref.mailboxSize()).isEqualTo(2);
        AtomicReference<ActorFuture<Object>> asked = new AtomicReference<>();

        Thread teller = startSender(() -> ref.tell("three"));
        awaitParked(teller);
        Thread asker = startSender(() -> asked.set(ref.ask("four")));
        awaitParked(asker);
        assertThat(teller.isAlive()).isTrue();
        assertThat(asker.isAlive()).isTrue();

        release.countDown();
        teller.join(TIMEOUT.toMillis());
        asker.join(TIMEOUT.toMillis());

        assertThat(asked.get().get(TIMEOUT)).isEqualTo("four");
        // The two released senders race for the freed places: "three" may be queued after "four",
        // so the reply to "four" does not mean "three" was handled yet.
        await().atMost(TIMEOUT).until(() -> handled.size() == 5);
        assertThat(handled).startsWith("block", "one", "two").contains("three", "four");
    }

    @Test
    void sendersBlockedWhenTheActorDiesAreReleased() {
        ActorRef<Actor> ref = start(new Script().mailboxCapacity(1));
        ref.tell("fail");
        awaitLatch(entered);
        ref.tell("fills the mailbox");

        CompletableFuture<Throwable> tell = new CompletableFuture<>();
        CompletableFuture<ActorFuture<Object>> ask = new CompletableFuture<>();
        Thread teller = startSender(() -> tell.complete(catchThrowable(() -> ref.tell("blocked tell"))));
        Thread asker = startSender(() -> ask.complete(ref.ask("blocked ask")));
        awaitParked(teller);
        awaitParked(asker);

        release.countDown();

        assertThat(tell.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join()).isInstanceOf(ActorDeadException.class);
        ActorFuture<Object> askFuture = ask.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
        assertThat(catchThrowable(() -> askFuture.get(TIMEOUT))).isInstanceOf(ActorDeadException.class);
        assertThat(ref.isAlive()).isFalse();
    }

    @Test
    void theDefaultMailboxIsUnbounded() {
        ActorRef<Actor> ref = start(new Script());
        ref.tell("block");
        awaitLatch(entered);

        for (int i = 0; i < 10_000; i++) {
            ref.tell(i);
        }

        assertThat(ref.mailboxSize()).isEqualTo(10_000);
        release.countDown();
        ref.ask("last").get(TIMEOUT);
        assertThat(handled).hasSize(10_002);
        assertThat(List.copyOf(handled).subList(1, 10_001)).isSorted();
    }

    @Test
    void theLargestCapacityStillStopsAndReleasesEveryone() {
        ActorRef<Actor> ref = start(new Script().mailboxCapacity(Integer.MAX_VALUE - 1));

        assertThat(ref.ask("x").get(TIMEOUT)).isEqualTo("x");
        assertThat(ref.stop(TIMEOUT)).isTrue();
        assertThat(catchThrowable(() -> ref.ask("late").get(TIMEOUT))).isInstanceOf(ActorDeadException.class);
    }
}
