package dev.actors.spring.reliability.app;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

/** A well-behaved platform-thread actor: it must be stopped even though the others lag. */
@Actor
class PromptActor extends ThreadingActor {
}
