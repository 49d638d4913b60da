package dev.actors.spring.reliability.app;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small Spring Boot application, run in a child JVM by {@code ForkedJvmShutdownTest}, whose
 * actors are stuck in {@code onStop} or in a handler when it stops. It prints {@code READY}
 * once every actor is up and the handler is stuck. With argument {@code close} it closes its
 * context from {@code main} and returns, so only non-daemon threads could keep the JVM alive;
 * with {@code wait} it waits to be terminated by a signal (Spring's shutdown hook closes it).
 */
@SpringBootApplication
public class StuckActorsApplication {

    /**
     * Runs the application.
     *
     * @param args {@code close} or {@code wait}, then Spring Boot arguments
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(StuckActorsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context = application.run(args);
        ActorRegistry registry = context.getBean(ActorRegistry.class);
        ActorRef<?> stuck = registry.getByClass(StuckInHandler.class).getFirst();
        stuck.tell("get stuck");
        if (!StuckInHandler.STUCK.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("StuckInHandler never started its message");
        }
        System.out.println("READY " + registry.getAll().size() + " actors");
        System.out.flush();
        if ("close".equals(args[0])) {
            long began = System.nanoTime();
            context.close();
            System.out.println("CLOSED in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
            System.out.flush();
            return;
        }
        new CountDownLatch(1).await();
    }
}
