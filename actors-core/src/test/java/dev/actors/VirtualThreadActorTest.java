package dev.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link VirtualThreadActor}: virtual threads, one message at a time, in order, cheap enough to start by the thousand. */
class VirtualThreadActorTest {

    static final class RecordingActor extends VirtualThreadActor {
        final Queue<Object> handled = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        volatile Thread onStartThread;

        @Override
        protected void onStart() {
            onStartThread = Thread.currentThread();
        }

        @Override
        protected Object onReceive(Object message) {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                handled.add(message);
                Thread.yield();
                return Thread.currentThread();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void messagesAndHooksAreHandledOnVirtualThreadsNamedAfterTheActorClass() {
        RecordingActor actor = new RecordingActor();
        ActorRef<RecordingActor> ref = registry.start(actor);

        Thread thread = (Thread) ref.ask("which thread").get(TIMEOUT);

        assertThat(thread.isVirtual()).isTrue();
        assertThat(thread.getName()).contains("RecordingActor");
        assertThat(actor.onStartThread.isVirtual()).isTrue();
    }

    @Test
    void messagesAreHandledOneAtATimeInOrder() throws InterruptedException {
        RecordingActor actor = new RecordingActor();
        ActorRef<RecordingActor> ref = registry.start(actor);
        List<Thread> senders = new ArrayList<>();
        for (int sender = 0; sender < 4; sender++) {
            int id = sender;
            senders.add(Thread.ofPlatform().start(() -> IntStream.range(0, 500).forEach(i -> ref.tell(id + ":" + i))));
        }
        for (Thread sender : senders) {
            sender.join(TIMEOUT.toMillis());
        }

        ref.ask("last").get(TIMEOUT);

        assertThat(actor.maxRunning).hasValue(1);
        assertThat(actor.handled).hasSize(2001).endsWith("last");
        for (int sender = 0; sender < 4; sender++) {
            String prefix = sender + ":";
            List<Integer> fromSender = actor.handled.stream().map(String.class::cast).filter(m -> m.startsWith(prefix))
                    .map(m -> Integer.parseInt(m.substring(prefix.length()))).toList();
            assertThat(fromSender).as("messages of sender %d in the order sent", sender)
                    .isEqualTo(IntStream.range(0, 500).boxed().toList());
        }
    }

    @Test
    void thousandsOfIdleActorsCanExist() {
        List<ActorRef<RecordingActor>> refs = IntStream.range(0, 5_000).mapToObj(i -> registry.start(new RecordingActor())).toList();

        List<ActorFuture<Object>> replies = refs.stream().map(ref -> ref.ask("ping")).toList();

        assertThat(ActorFuture.getAll(replies, TIMEOUT)).hasSize(5_000).allSatisfy(thread -> assertThat(((Thread) thread).isVirtual()).isTrue());
        assertThat(registry.stopAll(TIMEOUT)).hasSize(5_000).containsOnly(true);
    }

    /** Counts handlers (and onStart) running at the same time; more than one is a broken mailbox. */
    static final class OverlapDetector extends VirtualThreadActor {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger starts = new AtomicInteger();

        @Override
        protected void onStart() {
            starts.incrementAndGet();
            busy();
        }

        @Override
        protected Object onReceive(Object message) {
            busy();
            return message;
        }

        private void busy() {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            for (int spin = 0; spin < 500; spin++) {
                Thread.onSpinWait();
            }
            inside.decrementAndGet();
        }
    }

    @Test
    void aSenderRacingTheStartNeverGivesTheActorASecondThread() throws Exception {
        for (int round = 0; round < 500; round++) {
            OverlapDetector actor = new OverlapDetector();
            ActorRef<OverlapDetector> ref = actor.actorRef();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (;;) {
                    try {
                        ref.tell("first");
                        return;
                    } catch (ActorDeadException notStartedYet) {
                        Thread.onSpinWait();
                    }
                }
            });
            registry.start(actor);
            sender.join(TIMEOUT.toMillis());

            assertThat(ref.ask("last").get(TIMEOUT)).isEqualTo("last");
            assertThat(actor.overlaps).as("round %d: handlers overlapping", round).hasValue(0);
            assertThat(actor.starts).as("round %d: onStart runs", round).hasValue(1);
            ref.stop(TIMEOUT);
        }
    }
}
