package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;

/**
 * Replies to every message with the message itself; {@link #echo} is the same as a public
 * method, for the proxy benchmarks ({@code ActorProxy.call} and typed interface proxies).
 */
public final class EchoActor {

    private EchoActor() {
    }

    /** A new echo actor of the given kind (not started). */
    public static Actor create(OurRuntime.Kind kind) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread() : new OnVirtualThread();
    }

    /** Echo entities of the given kind in {@code registry}, keyed by {@code Long}, one new instance per incarnation. */
    public static Entities<Long, ? extends Actor> entities(ActorRegistry registry, OurRuntime.Kind kind,
            EntitySettings settings) {
        if (kind == OurRuntime.Kind.THREADING) {
            return registry.entities(OnPlatformThread.class, key -> new OnPlatformThread(), settings);
        }
        return registry.entities(OnVirtualThread.class, key -> new OnVirtualThread(), settings);
    }

    /** What the proxies call: an echo as a method. */
    public interface Api {
        /** Returns {@code text}. */
        String echo(String text);
    }

    /** The same echo through a typed interface proxy whose method returns a future. */
    public interface AsyncApi {
        /** Completes with {@code text}. */
        ActorFuture<String> echo(String text);
    }

    /** On a platform thread of its own. */
    public static final class OnPlatformThread extends ThreadingActor implements Api {
        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected Object onReceive(Object message) {
            return message;
        }

        @Override
        public String echo(String text) {
            return text;
        }
    }

    /** On virtual threads. */
    public static final class OnVirtualThread extends VirtualThreadActor implements Api {
        @Override
        protected Object onReceive(Object message) {
            return message;
        }

        @Override
        public String echo(String text) {
            return text;
        }
    }
}
