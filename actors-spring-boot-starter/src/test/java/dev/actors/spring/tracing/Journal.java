package dev.actors.spring.tracing;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Actor B: told by A, logs each entry and hands it to the test. */
@Actor
public class Journal extends VirtualThreadActor {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final BlockingQueue<Object> entries = new LinkedBlockingQueue<>();

    BlockingQueue<Object> entries() {
        return entries;
    }

    @Override
    protected Object onReceive(Object message) {
        log.info("Journaled '{}'", message);
        entries.add(message);
        return null;
    }
}
