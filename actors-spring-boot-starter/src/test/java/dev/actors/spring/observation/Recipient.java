package dev.actors.spring.observation;

import dev.actors.ThreadingActor;

/** A real actor whose ref the hooks are handed; it is never sent anything in these tests. */
class Recipient extends ThreadingActor {
}
