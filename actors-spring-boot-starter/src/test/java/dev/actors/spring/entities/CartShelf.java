package dev.actors.spring.entities;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Where a passivated cart's items wait for its next incarnation. */
@Component
class CartShelf {

    private final Map<String, List<String>> shelved = new ConcurrentHashMap<>();

    List<String> take(String customer) {
        List<String> items = shelved.remove(customer);
        return items == null ? List.of() : items;
    }

    void put(String customer, List<String> items) {
        shelved.put(customer, List.copyOf(items));
    }

    boolean holds(String customer) {
        return shelved.containsKey(customer);
    }
}
