package dev.actors.spring.web;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** HTTP endpoints backed by actors, for the web tests only. */
@RestController
class CountingController {

    private final ActorProxy<Bookkeeper> bookkeeper;

    private final ActorRef<Ledger> ledger;

    CountingController(ActorProxy<Bookkeeper> bookkeeper, ActorRef<Ledger> ledger) {
        this.bookkeeper = bookkeeper;
        this.ledger = ledger;
    }

    @GetMapping("/count/{n}")
    int countTo(@PathVariable int n) {
        return bookkeeper.call(actor -> actor.countTo(n)).get();
    }

    @PostMapping("/ledger/gate")
    void closeGate() {
        ledger.tell(Ledger.GATE);
    }

    @PostMapping("/ledger/entries/{n}")
    void addEntries(@PathVariable int n) {
        for (int i = 0; i < n; i++) {
            ledger.tell(Ledger.ENTRY);
        }
    }
}
