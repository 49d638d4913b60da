package dev.actors;

/**
 * An actor whose messages are handled on virtual threads, one at a time and in order. An idle
 * VirtualThreadActor holds no thread at all (a few hundred bytes in all), so millions can
 * exist; a message to an idle one starts a virtual thread that handles everything queued, then
 * ends (under light load it first lingers for a few yields in case more comes). Threads are
 * named {@code SimpleClassName-vt}. This is the role gevent and eventlet actors played in Pykka
 * 1.x/2.x, and the kind to pick for many actors (entities, fan-outs): see
 * {@code docs/benchmarks.md}.
 *
 * <p>Handlers may block (I/O, {@code get()} on other actors' futures): a blocked virtual
 * thread releases its carrier.
 */
public abstract class VirtualThreadActor extends Actor {

    /** Creates the actor; start it with {@link Actor#start(Actor)}. */
    protected VirtualThreadActor() {
        super(VirtualThreadLoop::new);
    }
}
