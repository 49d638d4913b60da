package dev.actors.spring.entities;

/** A customer's cart, as its callers see it. */
public interface Cart {

    /**
     * Adds an item.
     *
     * @param item the item
     * @return how many items the cart holds now
     */
    int add(String item);
}
