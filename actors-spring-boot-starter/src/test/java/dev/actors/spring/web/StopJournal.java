package dev.actors.spring.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Where the test actors write, from their onStop, who stopped and in which order. */
@Component
public class StopJournal {

    private final List<String> entries = new ArrayList<>();

    synchronized void add(String entry) {
        entries.add(entry);
    }

    synchronized List<String> entries() {
        return List.copyOf(entries);
    }
}
