package dev.actors.spring.reliability.web;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;

/** The actor a DELETE on the actuator endpoint would stop. */
@Actor
class Sentinel extends VirtualThreadActor {
}
