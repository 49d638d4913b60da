package dev.actors.spring.web;

/** The adder actor's interface, injected as a typed interface proxy. */
public interface AdderApi {

    /**
     * Adds one.
     *
     * @param i a number
     * @return {@code i + 1}
     */
    int addOne(int i);
}
