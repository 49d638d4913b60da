package dev.actors;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What happened to one scripted actor, as latches a test can wait on (Pykka's {@code events} fixture).
 * Each hook's latch is released after the hook has run, whether it returned or threw.
 */
final class ActorEvents {
    final CountDownLatch onStartCalled = new CountDownLatch(1);
    final CountDownLatch onStopCalled = new CountDownLatch(1);
    final CountDownLatch onFailureCalled = new CountDownLatch(1);
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final AtomicReference<Thread> constructorThread = new AtomicReference<>();
    final AtomicReference<Thread> onStartThread = new AtomicReference<>();
    final AtomicReference<Boolean> registeredDuringOnStart = new AtomicReference<>();

    boolean onStartWasCalled() {
        return onStartCalled.getCount() == 0;
    }

    boolean onStopWasCalled() {
        return onStopCalled.getCount() == 0;
    }

    boolean onFailureWasCalled() {
        return onFailureCalled.getCount() == 0;
    }
}
