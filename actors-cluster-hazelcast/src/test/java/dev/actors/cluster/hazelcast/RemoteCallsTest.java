package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actors.ActorFuture;
import dev.actors.Entities;
import dev.actors.EntityRef;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tell, ask and typed calls to an entity on another member, and the bad input that must fail at
 * the send (non-serializable key, message, argument; lambdas) or at the asker (a reply that cannot
 * be serialized), with an exception naming the type.
 */
class RemoteCallsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestNode sender;
    private static TestNode owner;

    @BeforeAll
    static void startCluster() {
        TestMembers members = new TestMembers(2);
        sender = new TestNode(members.start(0), ClusterSettings.defaults());
        owner = new TestNode(members.start(1), ClusterSettings.defaults());
        TestMembers.awaitPartitionsAssigned(sender.hazelcast, WAIT);
    }

    @AfterAll
    static void stopCluster() {
        sender.close();
        owner.close();
    }

    private static String remoteKey(String prefix) {
        return RoutingTest.keyOwnedBy(owner, prefix);
    }

    @Test
    void typedCallsOfEveryKindReachTheRemoteOwner() throws IOException {
        EntityRef<String, Counter> ref = sender.counters.ref(remoteKey("typed-"));
        CounterApi api = ref.proxy(CounterApi.class);

        assertThat(api.where()).isEqualTo(owner.uuid());
        assertThat(api.increment(2)).isEqualTo(2);
        api.addQuietly(3);
        assertThat(api.current().join()).isEqualTo(5);
        assertThat(api.echo(List.of(1, 2, 3))).containsExactly(1, 2, 3);
        assertThat(api.identity(null)).isNull();
        assertThat(api.greeting()).isEqualTo("hello from the caller");
        assertThatThrownBy(() -> api.failing("disk full")).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(api).isEqualTo(ref.proxy(CounterApi.class)).hasSameHashCodeAs(ref.proxy(CounterApi.class));
        assertThat(api.toString()).contains("CounterApi", "Counter");
        assertThat(sender.cluster.counters().remoteSends(ClusterCounters.Send.CALL)).isPositive();
    }

    @Test
    void aCompactSerializableMessageTravelsToo() {
        String key = remoteKey("compact-");
        assertThat(sender.counters.<Integer>ask(key, new Counter.CompactAdd(4)).get(WAIT)).isEqualTo(4);
        assertThat(owner.counters.<Integer>ask(key, new Counter.CompactAdd(1)).get(WAIT)).isEqualTo(5);
    }

    @Test
    void aRemoteFailureReachesTheAskerAsTheExceptionThrown() {
        ActorFuture<Object> reply = sender.counters.ask(remoteKey("failing-"), new Counter.Fail("no such account"));
        assertThatThrownBy(() -> reply.get(WAIT)).isInstanceOf(IllegalStateException.class).hasMessage("no such account");
    }

    @Test
    void aProxyOfAnInterfaceTheEntityLacksIsRefusedWhenMade() {
        EntityRef<String, Counter> ref = sender.counters.ref(remoteKey("bad-proxy-"));
        assertThatThrownBy(() -> ref.proxy(Runnable.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run");
    }

    @Test
    void aNonSerializableMessageFailsAtTheSendNamingItsType() {
        String key = remoteKey("unserializable-");
        assertThatThrownBy(() -> sender.counters.tell(key, new Counter.Unserializable()))
                .isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining(Counter.Unserializable.class.getName()).hasMessageContaining("Counter entity of key " + key)
                .hasMessageContaining("java.io.Serializable");
        assertThatThrownBy(() -> sender.counters.ask(key, new Counter.Unserializable()))
                .isInstanceOf(EntityNotSerializableException.class).hasMessageContaining("message");
    }

    @Test
    void aNonSerializableMessageToAKeyOwnedHereFailsAtTheSendToo() {
        String key = RoutingTest.keyOwnedBy(sender, "local-unserializable-");
        sender.counters.ask(key, new Counter.Get()).get(WAIT);
        assertThatThrownBy(() -> sender.counters.tell(key, new Counter.Unserializable()))
                .isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining(Counter.Unserializable.class.getName());
    }

    @Test
    void aNonSerializableArgumentFailsAtTheSend() {
        CounterApi api = sender.counters.ref(remoteKey("argument-")).proxy(CounterApi.class);
        assertThatThrownBy(() -> api.identity(new Counter.Unserializable()))
                .isInstanceOf(EntityNotSerializableException.class).hasMessageContaining("argument")
                .hasMessageContaining(Counter.Unserializable.class.getName());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aNonSerializableKeyFailsAtTheSend() {
        Entities raw = sender.counters;
        EntityRef<Object, Counter> ref = raw.ref(new Counter.Unserializable());
        assertThatThrownBy(() -> ref.tell(new Counter.Get())).isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining("key").hasMessageContaining(Counter.Unserializable.class.getName());
    }

    @Test
    void aReplyThatCannotBeSerializedFailsTheAskerNamingItsType() {
        ActorFuture<Object> reply = sender.counters.ask(remoteKey("opaque-"), new Counter.Opaque());
        assertThatThrownBy(() -> reply.get(WAIT)).isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining("reply").hasMessageContaining(Counter.Unserializable.class.getName());
    }

    @Test
    void lambdasAreRefusedForClusteredEntitiesEvenSerializableOnes() {
        String key = remoteKey("lambda-");
        Runnable lambda = () -> { };
        assertThatThrownBy(() -> sender.counters.tell(key, lambda)).isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining("lambda").hasMessageContaining("local-only").hasMessageContaining("typed interface proxy");
        Runnable serializable = (Runnable & Serializable) () -> { };
        assertThatThrownBy(() -> sender.counters.ask(key, serializable)).isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining("lambda");
        Supplier<String> argument = () -> "x";
        CounterApi api = sender.counters.ref(key).proxy(CounterApi.class);
        assertThatThrownBy(() -> api.identity(argument)).isInstanceOf(EntityNotSerializableException.class)
                .hasMessageContaining("lambda").hasMessageContaining("argument");
    }

    @Test
    void aNullKeyOrMessageIsRefusedAsLocally() {
        assertThatThrownBy(() -> sender.counters.ref(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> sender.counters.tell("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("message");
    }
}
