package dev.actors.test;

import dev.actors.VirtualThreadActor;
import java.util.function.Consumer;

/**
 * The actor behind a {@link TestProbe}: hands every message it receives to the probe and
 * answers an ask with {@code null}.
 */
final class ProbeActor extends VirtualThreadActor {

    private final Consumer<Object> recorder;

    ProbeActor(Consumer<Object> recorder) {
        this.recorder = recorder;
    }

    @Override
    protected Object onReceive(Object message) {
        recorder.accept(message);
        return null;
    }
}
