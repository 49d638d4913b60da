package dev.actors.test;

import dev.actors.ThreadingActor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A test actor: "boom" throws, "hold" waits for {@link #released}, anything else is echoed. */
class Scripted extends ThreadingActor {

    /** Names of the Scripted actors whose onStop ran, in order. */
    static final List<String> stops = new CopyOnWriteArrayList<>();
    static volatile CountDownLatch released = new CountDownLatch(0);

    private final String name;
    private final boolean failOnStart;

    Scripted(String name) {
        this(name, false);
    }

    Scripted(String name, boolean failOnStart) {
        this.name = name;
        this.failOnStart = failOnStart;
    }

    @Override
    protected void onStart() {
        if (failOnStart) {
            throw new IllegalStateException(name + " cannot start");
        }
    }

    @Override
    protected Object onReceive(Object message) throws InterruptedException {
        if ("boom".equals(message)) {
            throw new IllegalStateException(name + " went boom");
        }
        return "hold".equals(message) ? released.await(30, TimeUnit.SECONDS) : message;
    }

    @Override
    protected void onStop() {
        stops.add(name);
    }
}
