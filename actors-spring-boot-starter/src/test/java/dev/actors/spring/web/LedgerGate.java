package dev.actors.spring.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Holds the ledger actor inside one message so that messages pile up in its mailbox. */
@Component
public class LedgerGate {

    private final CountDownLatch entered = new CountDownLatch(1);

    private final CountDownLatch released = new CountDownLatch(1);

    void pass() throws InterruptedException {
        entered.countDown();
        if (!released.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("ledger gate never released");
        }
    }

    boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }
}
