package dev.actors.spring.entities;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

/** A singleton actor beside the entities: listed with a null key. */
@Actor
class Clock extends ThreadingActor {
}
