package dev.actors.spring.tracing;

import dev.actors.ActorRef;
import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

/**
 * Actor A: answers the controller's proxy calls, tells actor B (the {@link Journal}) about
 * each greeting, and hands an archiving task to Spring Boot's {@code applicationTaskExecutor}.
 */
@Actor
public class GreeterActor extends ThreadingActor implements Greeter {

    private static final Logger log = LoggerFactory.getLogger(GreeterActor.class);

    private static final Logger ARCHIVE = LoggerFactory.getLogger("dev.actors.spring.tracing.Archive");

    private final ActorRef<Journal> journal;

    private final TaskExecutor applicationTaskExecutor;

    public GreeterActor(ActorRef<Journal> journal, TaskExecutor applicationTaskExecutor) {
        this.journal = journal;
        this.applicationTaskExecutor = applicationTaskExecutor;
    }

    @Override
    public String greet(String name) {
        log.info("Greeting {}", name);
        journal.tell("greeted " + name);
        applicationTaskExecutor.execute(() -> ARCHIVE.info("Archived the greeting of {}", name));
        return "Hello, " + name;
    }

    @Override
    public String fail(String name) {
        throw new IllegalArgumentException("No greeting for " + name);
    }
}
