package dev.actors.jcstress;

import dev.actors.VirtualThreadActor;
import java.util.Queue;

/**
 * An entity that appends {@code key:message} for each message it handles, and {@code key:stop}
 * when it is stopped, to a journal shared by all incarnations of all keys, so that a test can
 * check that a key's messages were each handled once and in order across incarnations.
 */
public final class JournalingEntity extends VirtualThreadActor {

    private final String key;
    private final Queue<String> journal;

    /**
     * @param key the entity's key
     * @param journal where every incarnation journals, in handling order
     */
    public JournalingEntity(String key, Queue<String> journal) {
        this.key = key;
        this.journal = journal;
    }

    @Override
    protected Object onReceive(Object message) {
        journal.add(key + ":" + message);
        return message;
    }

    @Override
    protected void onStop() {
        journal.add(key + ":stop");
    }
}
