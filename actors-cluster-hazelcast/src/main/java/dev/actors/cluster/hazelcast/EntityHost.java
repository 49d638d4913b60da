package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.Entities;
import java.lang.reflect.Method;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner side of one entity kind: hands messages that came from other members (or from this
 * member's remote path) to the local {@link Entities}, which does the per-key actor work, and
 * sends the replies back. A message that cannot be read here (a class missing on this member)
 * fails its ask, or is logged if it was told; nothing is dropped silently.
 *
 * @param <K> the key type
 * @param <A> the entity type
 */
final class EntityHost<K, A extends Actor> {

    private static final Logger log = LoggerFactory.getLogger(EntityHost.class);
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final String kind;
    private final String label;
    private final Entities<K, A> local;
    private final ClassLoader loader;
    private final Payloads payloads;
    private final BlockingCallChains chains;
    private final ReplyMailer replies;

    EntityHost(String kind, String label, Entities<K, A> local, Payloads payloads, BlockingCallChains chains,
            ReplyMailer replies) {
        this.kind = kind;
        this.label = label;
        this.local = local;
        this.loader = local.entityType().getClassLoader();
        this.payloads = payloads;
        this.chains = chains;
        this.replies = replies;
    }

    Entities<K, A> local() {
        return local;
    }

    /** This kind's entities on this member now. */
    ClusteredKindStatus status() {
        return new ClusteredKindStatus(kind, local.liveCount(), local.passivations());
    }

    /** Delivers one message of a batch; the caller is inside the partition's lease. */
    void deliver(UUID sender, RemoteEnvelope envelope, Lease lease) {
        K key;
        try {
            key = payloads.fromBytes(envelope.key);
        } catch (RuntimeException unreadable) {
            unreadable(sender, envelope, "key", unreadable, () -> "a message to a " + label + " entity");
            return;
        }
        Supplier<String> target = () -> "the " + label + " entity of key " + key;
        EntityKey entity = new EntityKey(kind, key);
        if (envelope.type == RemoteEnvelope.CALL) {
            call(sender, envelope, key, entity, target, lease);
            return;
        }
        Object message;
        try {
            message = payloads.fromBytes(envelope.message);
        } catch (RuntimeException unreadable) {
            unreadable(sender, envelope, "message", unreadable, target);
            return;
        }
        if (envelope.type == RemoteEnvelope.TELL) {
            chains.deliver(entity, () -> tell(key, message), false, lease);
        } else {
            chains.deliver(entity, () -> ask(sender, envelope.callId, key, message, target), false, lease);
        }
    }

    private void tell(K key, Object message) {
        try {
            local.tell(key, message);
        } catch (RuntimeException refused) {
            log.error("A message told to the {} entity of key {} from another member was not delivered: {}", label, key,
                    message, refused);
        }
    }

    private void ask(UUID sender, long callId, K key, Object message, Supplier<String> target) {
        try {
            ActorFuture<Object> reply = local.ask(key, message);
            reply.toCompletableFuture().whenComplete((value, failure) -> replies.reply(sender, callId, value, failure, target));
        } catch (RuntimeException refused) {
            replies.reply(sender, callId, null, refused, target);
        }
    }

    private void call(UUID sender, RemoteEnvelope envelope, K key, EntityKey entity, Supplier<String> target, Lease lease) {
        Method method;
        Object proxy;
        Object[] arguments;
        try {
            method = envelope.method.resolve(loader);
            arguments = envelope.arguments.length == 0 ? NO_ARGUMENTS : new Object[envelope.arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = payloads.fromBytes(envelope.arguments[i]);
            }
            proxy = local.ref(key).proxy(method.getDeclaringClass());
        } catch (RuntimeException unreadable) {
            unreadable(sender, envelope, "call " + envelope.method, unreadable, target);
            return;
        }
        switch (RemoteMethod.kindOf(method)) {
            case VOID -> chains.deliver(entity, () -> callQuietly(proxy, method, arguments, target), false, lease);
            case ACTOR_FUTURE, COMPLETION_STAGE -> chains.deliver(entity,
                    () -> callAsync(sender, envelope.callId, proxy, method, arguments, target), false, lease);
            case BLOCKING -> chains.deliver(entity,
                    () -> callBlocking(sender, envelope.callId, proxy, method, arguments, target), true, lease);
        }
    }

    private void callQuietly(Object proxy, Method method, Object[] arguments, Supplier<String> target) {
        try {
            LocalProxyCall.invoke(proxy, method, arguments); // the local proxy logs a failure of the call itself
        } catch (Throwable refused) {
            log.warn("A {} call to {} from another member failed: {}", method.getName(), target.get(), refused.toString());
        }
    }

    private void callAsync(UUID sender, long callId, Object proxy, Method method, Object[] arguments, Supplier<String> target) {
        try {
            Object result = LocalProxyCall.invoke(proxy, method, arguments);
            CompletionStage<?> stage = result instanceof ActorFuture<?> future ? future.toCompletableFuture()
                    : result instanceof CompletionStage<?> completion ? completion : CompletableFuture.completedFuture(result);
            stage.whenComplete((value, failure) -> replies.reply(sender, callId, value, failure, target));
        } catch (Throwable failure) {
            replies.reply(sender, callId, null, failure, target);
        }
    }

    private void callBlocking(UUID sender, long callId, Object proxy, Method method, Object[] arguments,
            Supplier<String> target) {
        Object value;
        try {
            value = LocalProxyCall.invoke(proxy, method, arguments);
        } catch (Throwable failure) {
            replies.reply(sender, callId, null, failure, target);
            return;
        }
        replies.reply(sender, callId, value, null, target);
    }

    private void unreadable(UUID sender, RemoteEnvelope envelope, String part, RuntimeException failure,
            Supplier<String> target) {
        EntityNotSerializableException problem = new EntityNotSerializableException("The " + part + " of a message to "
                + target.get() + " could not be read on the owning member (" + failure.getMessage() + "): deploy the same "
                + "version of the application, with the same classes, on every member", failure);
        if (envelope.expectsReply()) {
            replies.reply(sender, envelope.callId, null, problem, target);
        } else {
            log.error("A message told from member {} was not delivered", sender, problem);
        }
    }
}
