package dev.actors.spring.readme;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

@Actor
class Adder extends ThreadingActor implements AdderApi {
    public int addOne(int i) { return i + 1; }
}
