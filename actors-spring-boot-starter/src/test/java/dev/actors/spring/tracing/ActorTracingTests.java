package dev.actors.spring.tracing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import brave.handler.MutableSpan;
import dev.actors.ActorRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real web application with Brave tracing: an HTTP request on 127.0.0.1 → a controller →
 * a typed proxy call to actor A ({@link GreeterActor}) → a tell to actor B ({@link Journal})
 * and a task on the {@code applicationTaskExecutor}: one trace, each actor's span the child
 * of the span that sent it the message, the ids in the log lines written inside the actors.
 */
class ActorTracingTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ConfigurableApplicationContext application;

    private static RenderedLog log;

    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(TracingTestApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "management.tracing.sampling.probability=1.0",
                        "management.metrics.distribution.percentiles-histogram.actors.message=true",
                        "spring.task.execution.propagate-context=true")
                .run();
        // After the start: Spring Boot's logging system resets Logback's configuration as it starts.
        log = new RenderedLog("dev.actors.spring.tracing");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    void oneTraceFromTheRequestThroughActorAToActorBWithTheIdsInTheirLogLines() throws Exception {
        HttpResponse<String> response = get("/greet/Ann");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, Ann");
        assertThat(application.getBean(Journal.class).entries().poll(10, TimeUnit.SECONDS)).isEqualTo("greeted Ann");

        MutableSpan request = awaitSpan("http get /greet/{name}", span -> true);
        MutableSpan greeter = awaitSpan("call GreeterActor", span -> span.traceId().equals(request.traceId()));
        MutableSpan journal = awaitSpan("tell Journal", span -> span.traceId().equals(request.traceId()));
        assertThat(request.parentId()).isNull();
        assertThat(greeter.parentId()).isEqualTo(request.id());
        assertThat(journal.parentId()).isEqualTo(greeter.id());
        ActorRegistry actors = application.getBean(ActorRegistry.class);
        assertThat(greeter.tags()).containsEntry("actor.class", GreeterActor.class.getName())
                .containsEntry("message.kind", "call").containsEntry("outcome", "success")
                .containsEntry("actor.urn", actors.getByClass(GreeterActor.class).getFirst().actorUrn());
        assertThat(journal.tags()).containsEntry("actor.class", Journal.class.getName())
                .containsEntry("message.kind", "tell").containsEntry("outcome", "success");

        String inA = String.join(" ", request.traceId(), greeter.id(), GreeterActor.class.getName(), "[GreeterActor] Greeting Ann");
        String inB = String.join(" ", request.traceId(), journal.id(), Journal.class.getName(), "[Journal] Journaled 'greeted Ann'");
        String archived = String.join(" ", request.traceId(), greeter.id(), " [Archive] Archived the greeting of Ann");
        await().atMost(WAIT).untilAsserted(() -> assertThat(log.lines()).contains(inA, inB, archived));
    }

    @Test
    void aFailingMessageIsASpanAndATimerWithOutcomeFailure() throws Exception {
        HttpResponse<String> response = get("/fail/Bob");
        assertThat(response.statusCode()).isEqualTo(500);

        MutableSpan failed = awaitSpan("call GreeterActor", span -> "failure".equals(span.tag("outcome")));
        assertThat(failed.error()).isInstanceOf(IllegalArgumentException.class).hasMessage("No greeting for Bob");
        MutableSpan request = spans().stream().filter(span -> span.id().equals(failed.parentId())).findFirst().orElseThrow();
        assertThat(request.name()).isEqualTo("http get /fail/{name}");

        MeterRegistry meters = application.getBean(MeterRegistry.class);
        await().atMost(WAIT).until(() -> meters.find("actors.message").tag("outcome", "failure").timer() != null);
        Timer timer = meters.get("actors.message").tag("actor.class", GreeterActor.class.getName())
                .tag("message.kind", "call").tag("outcome", "failure").timer();
        assertThat(timer.count()).isGreaterThanOrEqualTo(1);
        assertThat(timer.takeSnapshot().histogramCounts()).isNotEmpty();
        assertThat(meters.find("actors.message").timers()).allSatisfy(t -> assertThat(t.getId().getTags())
                .noneMatch(tag -> tag.getKey().equals("actor.urn")));
    }

    @Test
    void theApplicationTaskExecutorIsSpringBootsOwnWithItsContextPropagatingDecorator() {
        assertThat(application.getBeansOfType(TaskDecorator.class).values())
                .singleElement().isInstanceOf(ContextPropagatingTaskDecorator.class);
        assertThat(application.getBean("applicationTaskExecutor")).isInstanceOf(ThreadPoolTaskExecutor.class);
        assertThat(application.getBeanNamesForType(Executor.class)).containsExactly("applicationTaskExecutor");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<MutableSpan> spans() {
        return application.getBean(CollectedSpans.class).spans();
    }

    /** The one finished span of that name that meets the condition, once it has been exported. */
    private static MutableSpan awaitSpan(String name, Predicate<MutableSpan> condition) {
        return await().atMost(WAIT).until(() -> spans().stream()
                .filter(span -> name.equals(span.name()) && condition.test(span)).toList(), found -> found.size() == 1)
                .getFirst();
    }
}
