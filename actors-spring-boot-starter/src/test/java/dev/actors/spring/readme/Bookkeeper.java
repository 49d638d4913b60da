package dev.actors.spring.readme;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;

@Actor
class Bookkeeper extends VirtualThreadActor {
    private final AdderApi adder;                       // typed interface proxy, injected

    Bookkeeper(AdderApi adder) { this.adder = adder; }

    public int countTo(int n) {
        int i = 0;
        while (i < n) i = adder.addOne(i);              // blocking call, bounded by actors.ask-timeout
        return i;
    }
}
