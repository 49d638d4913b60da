package dev.actors.test.readme;

import dev.actors.ActorRef;

record Greet(String name, ActorRef<?> replyTo) {}
