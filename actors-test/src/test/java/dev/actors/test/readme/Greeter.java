package dev.actors.test.readme;

import dev.actors.VirtualThreadActor;

class Greeter extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) throws Exception {
        if (message instanceof Greet greet) {
            if (greet.name().isBlank()) throw new IllegalArgumentException("nobody to greet");
            greet.replyTo().tell("Hello, " + greet.name() + "!");
            return null;
        }
        return super.onReceive(message);
    }
}
