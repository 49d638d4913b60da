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
}
