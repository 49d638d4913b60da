package dev.actors.spring.event;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;
import dev.actors.spring.autoconfigure.ActorsAnnotatedMethodsAutoConfiguration;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/** {@code @EventListener} methods of {@code @Actor} beans receive events as messages, in a real application. */
@ExtendWith(OutputCaptureExtension.class)
class ActorEventListenersTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void applicationReadyEventIsHandledInTheActorsThread() {
        try (ConfigurableApplicationContext context = start()) {
            Greeter greeter = context.getBean(Greeter.class);
            await().atMost(WAIT).until(() -> greeter.readyThread != null);
            assertThat(greeter.readyThread).isEqualTo(greeter.startThread);
        }
    }

    @Test
    void thePublisherDoesNotWaitAndTheEventQueuesBehindTheRunningHandler() throws InterruptedException {
        try (ConfigurableApplicationContext context = start()) {
            Greeter greeter = context.getBean(Greeter.class);
            ActorProxy<Greeter> proxy = proxy(context);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ActorFuture<Void> held = proxy.run(actor -> actor.hold(holding, release));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            context.publishEvent(new Greeting("hello"));
            assertThat(greeter.greetings).as("the actor is busy: the event waits in its mailbox").isEmpty();
            assertThat(proxy.actorRef().mailboxSize()).isEqualTo(1);

            release.countDown();
            held.get(WAIT);
            await().atMost(WAIT).until(() -> greeter.greetings.size() == 1);
            assertThat(greeter.greetings).containsExactly("hello in " + greeter.startThread);
            assertThat(greeter.overlapped).isFalse();
        }
    }

    @Test
    void aFailingListenerIsLoggedTheActorLivesOnAndThePublisherIsNotTold(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start()) {
            Greeter greeter = context.getBean(Greeter.class);
            assertThatNoException().isThrownBy(() -> context.publishEvent(new Greeting("fail")));
            context.publishEvent(new Greeting("after"));
            await().atMost(WAIT).until(() -> greeter.greetings.size() == 1);
            assertThat(greeter.greetings).containsExactly("after in " + greeter.startThread);
            assertThat(proxy(context).actorRef().isAlive()).isTrue();
            assertThat(output).contains("@EventListener method " + Greeter.class.getName() + ".greet(")
                    .contains("greeting refused on purpose");
        }
    }

    @Test
    void afterTheActorStopsEventsAreNoLongerDeliveredNorLogged(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start()) {
            Greeter greeter = context.getBean(Greeter.class);
            proxy(context).actorRef().stop(WAIT);
            int logged = output.length();
            assertThatNoException().isThrownBy(() -> context.publishEvent(new Greeting("too late")));
            assertThat(greeter.greetings).isEmpty();
            assertThat(output.toString().substring(logged)).doesNotContain("WARN").doesNotContain("ERROR");
        }
    }

    @Test
    void afterARestartEventsReachTheNewInstanceOnce() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RestartingGreeterApplication.class)
                .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run()) {
            RestartingGreeter first = context.getBean(RestartingGreeter.class);
            ActorProxy<RestartingGreeter> proxy = context.<ActorProxy<RestartingGreeter>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorProxy.class, RestartingGreeter.class)).getObject();
            context.publishEvent(new Greeting("before"));
            await().atMost(WAIT).until(() -> first.greetings.size() == 1);

            proxy.actorRef().tell("poison");
            context.publishEvent(new Greeting("after"));
            assertThat(proxy.call(greeter -> greeter.greetings).get(WAIT)).as("the new instance's, once")
                    .containsExactly("after");
            assertThat(proxy.actorRef().restartCount()).isEqualTo(1);
            assertThat(first.greetings).containsExactly("before");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GreeterApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run();
    }

    private static ActorProxy<Greeter> proxy(ConfigurableApplicationContext context) {
        return context.<ActorProxy<Greeter>>getBeanProvider(
                ResolvableType.forClassWithGenerics(ActorProxy.class, Greeter.class)).getObject();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ ActorsAutoConfiguration.class, ActorsAnnotatedMethodsAutoConfiguration.class })
    @Import(Greeter.class)
    static class GreeterApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ ActorsAutoConfiguration.class, ActorsAnnotatedMethodsAutoConfiguration.class })
    @Import(RestartingGreeter.class)
    static class RestartingGreeterApplication {
    }

    record Greeting(String text) {
    }

    /** Restarted after a failure; each instance keeps its own greetings. */
    @Actor
    static class RestartingGreeter extends ThreadingActor {
        final Queue<String> greetings = new ConcurrentLinkedQueue<>();

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @EventListener
        public void greet(Greeting greeting) {
            greetings.add(greeting.text());
        }

        @Override
        protected Object onReceive(Object message) {
            throw new IllegalStateException("poisoned on purpose");
        }
    }

    @Actor
    static class Greeter extends ThreadingActor {
        final Queue<String> greetings = new ConcurrentLinkedQueue<>();
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;
        volatile String startThread;
        volatile String readyThread;

        @Override
        protected void onStart() {
            startThread = Thread.currentThread().getName();
        }

        @EventListener(ApplicationReadyEvent.class)
        void ready() {
            readyThread = Thread.currentThread().getName();
        }

        @EventListener
        public void greet(Greeting greeting) {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                if (greeting.text().equals("fail")) {
                    throw new IllegalArgumentException("greeting refused on purpose");
                }
                greetings.add(greeting.text() + " in " + Thread.currentThread().getName());
            }
            finally {
                inside.decrementAndGet();
            }
        }

        void hold(CountDownLatch holding, CountDownLatch release) {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            finally {
                inside.decrementAndGet();
            }
        }
    }
}
