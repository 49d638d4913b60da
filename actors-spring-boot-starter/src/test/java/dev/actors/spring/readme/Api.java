package dev.actors.spring.readme;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class Api {
    private final ActorProxy<Bookkeeper> bookkeeper;
    private final ActorRef<Adder> adder;

    Api(ActorProxy<Bookkeeper> bookkeeper, ActorRef<Adder> adder) {
        this.bookkeeper = bookkeeper;
        this.adder = adder;
    }

    @GetMapping("/count/{n}")
    int count(@PathVariable int n) {
        return bookkeeper.call(b -> b.countTo(n)).get();   // runs inside the Bookkeeper actor
    }

    @GetMapping("/adder")
    String adder() {
        return adder + " alive=" + adder.isAlive();
    }
}
