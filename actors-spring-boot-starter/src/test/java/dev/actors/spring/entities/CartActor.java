package dev.actors.spring.entities;

import java.util.ArrayList;
import java.util.List;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import dev.actors.spring.EntityKey;
import org.springframework.context.annotation.Scope;

/** One cart per customer, its items kept in the {@link CartShelf} while it is passivated. */
@Actor
@Scope("prototype")
class CartActor extends VirtualThreadActor implements Cart {

    private final String customer;

    private final CartShelf shelf;

    private final List<String> items = new ArrayList<>();

    CartActor(@EntityKey String customer, CartShelf shelf) {
        this.customer = customer;
        this.shelf = shelf;
    }

    @Override
    protected void onStart() {
        items.addAll(shelf.take(customer));
    }

    @Override
    protected void onStop() {
        shelf.put(customer, items);
    }

    @Override
    public int add(String item) {
        items.add(item);
        return items.size();
    }
}
