package dev.actors.spring.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/** Signals that the context has begun to close (published before any lifecycle stops). */
@Component
class ClosingSignal implements ApplicationListener<ContextClosedEvent> {

    private final CountDownLatch closing = new CountDownLatch(1);

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.countDown();
    }

    boolean awaitClosing() throws InterruptedException {
        return closing.await(10, TimeUnit.SECONDS);
    }
}
