package dev.actors.spring.entities;

import dev.actors.Entities;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Carts over HTTP: each request a blocking call on the customer's cart, started on demand. */
@RestController
class CartController {

    private final Entities<String, CartActor> carts;

    CartController(Entities<String, CartActor> carts) {
        this.carts = carts;
    }

    @PostMapping("/carts/{customer}/{item}")
    int add(@PathVariable String customer, @PathVariable String item) {
        return carts.ref(customer).proxy(Cart.class).add(item);
    }
}
