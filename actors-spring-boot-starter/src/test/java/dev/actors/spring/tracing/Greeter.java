package dev.actors.spring.tracing;

/** The interface the controller calls actor A through. */
public interface Greeter {

    String greet(String name);

    String fail(String name);
}
