package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.EntityRef;
import dev.actors.EntitySettings;
import dev.actors.Entities;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * TEMPORARY test-only stand-in for the core's local Entities (a stub in this branch's base): one
 * actor per key started on demand from the factory through the registry, a new one when the last
 * has stopped, no passivation. Replaced by {@code registry.entities} once the entities branch lands.
 */
final class StandInEntities<K, A extends Actor> implements Entities<K, A> {

    static final LocalEntitiesMaker MAKER = new LocalEntitiesMaker() {
        @Override
        public <K, A extends Actor> Entities<K, A> make(ActorRegistry registry, Class<A> type,
                Function<? super K, ? extends A> factory, EntitySettings settings) {
            return new StandInEntities<>(registry, type, factory, settings);
        }
    };

    private final ActorRegistry registry;
    private final Class<A> type;
    private final Function<? super K, ? extends A> factory;
    private final EntitySettings settings;
    private final ConcurrentHashMap<K, ActorRef<A>> live = new ConcurrentHashMap<>();

    StandInEntities(ActorRegistry registry, Class<A> type, Function<? super K, ? extends A> factory, EntitySettings settings) {
        this.registry = registry;
        this.type = type;
        this.factory = factory;
        this.settings = settings;
    }

    @Override
    public Class<A> entityType() {
        return type;
    }

    @Override
    public EntitySettings settings() {
        return settings;
    }

    @Override
    public EntityRef<K, A> ref(K key) {
        return new StandInRef(key);
    }

    @Override
    public void tell(K key, Object message) {
        incarnation(key).tell(message);
    }

    @Override
    public <R> ActorFuture<R> ask(K key, Object message) {
        return incarnation(key).ask(message);
    }

    @Override
    public int liveCount() {
        return liveKeys().size();
    }

    @Override
    public long passivations() {
        return 0; // the stand-in never passivates
    }

    @Override
    public java.util.Optional<K> keyOf(ActorRef<?> ref) {
        return live.entrySet().stream().filter(entry -> entry.getValue().equals(ref) && entry.getValue().isAlive())
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    @Override
    public Set<K> liveKeys() {
        return live.entrySet().stream().filter(entry -> entry.getValue().isAlive()).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private ActorRef<A> incarnation(K key) {
        return live.compute(key, (k, ref) -> ref != null && ref.isAlive() ? ref : registry.startFrom(() -> factory.apply(k)));
    }

    private final class StandInRef implements EntityRef<K, A> {
        private final K key;

        StandInRef(K key) {
            this.key = key;
        }

        @Override
        public K key() {
            return key;
        }

        @Override
        public void tell(Object message) {
            StandInEntities.this.tell(key, message);
        }

        @Override
        public <R> ActorFuture<R> ask(Object message) {
            return StandInEntities.this.ask(key, message);
        }

        @Override
        public <I> I proxy(Class<I> api) {
            if (!api.isInterface()) {
                throw new IllegalArgumentException(api.getName() + " is not an interface");
            }
            for (Method method : api.getMethods()) {
                if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
                    try {
                        type.getMethod(method.getName(), method.getParameterTypes());
                    } catch (NoSuchMethodException missing) {
                        throw new IllegalArgumentException("Cannot proxy " + type.getName() + " as " + api.getName()
                                + ": no public method " + method.getName());
                    }
                }
            }
            return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "StandInProxy<" + api.getSimpleName() + "> for " + key;
                    };
                }
                try {
                    return method.invoke(incarnation(key).proxy(api), args);
                } catch (InvocationTargetException thrown) {
                    throw thrown.getCause();
                }
            }));
        }
    }
}
