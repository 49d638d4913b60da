package dev.actors.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AOT processing of a context with actor beans, as {@code spring-boot:process-aot} does
 * it: it must succeed (the injectable beans were instance suppliers, which AOT cannot
 * generate) and register the runtime hints typed interface proxies need. Running the
 * generated code is proven by the sample's {@code BankAotModeTests}.
 */
class ActorsAotTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class))
            .withBean("adder", Adder.class);

    @Test
    void aContextWithActorBeansIsProcessedAheadOfTimeIntoFactoryMethodRegistrations() {
        runner.prepare(context -> {
            InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
            DefaultGenerationContext generation = process(context.getSourceApplicationContext(), files);

            String sources = String.join("\n", contents(files));
            assertThat(sources).contains("registerBeanDefinition(\"adder#actorRef\"",
                    "registerBeanDefinition(\"adder#actorProxy\"",
                    "registerBeanDefinition(\"adder#" + AdderApi.class.getName() + "\"",
                    ".getBean(\"" + ActorInjectables.BEAN_NAME + "\", ActorInjectables.class).interfaceProxy(");
            RuntimeHints hints = generation.getRuntimeHints();
            assertThat(RuntimeHintsPredicates.proxies().forInterfaces(AdderApi.class)).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Adder.class, "addOne")).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AdderApi.class, "addOne")).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AdderApi.class, "addTwo")).accepts(hints);
            assertThat(RuntimeHintsPredicates.proxies().forInterfaces(Runnable.class)).rejects(hints);
        });
    }

    @Test
    void anEntityBeanIsProcessedIntoOneEntitiesFactoryMethodRegistrationAndTheHintsOfItsProxies() {
        runner.withBean("tally", Tally.class).prepare(context -> {
            InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
            DefaultGenerationContext generation = process(context.getSourceApplicationContext(), files);

            String sources = String.join("\n", contents(files));
            assertThat(sources).contains("registerBeanDefinition(\"tally#entities\"",
                    ".getBean(\"" + ActorInjectables.BEAN_NAME + "\", ActorInjectables.class).entities(",
                    "ResolvableType.forClassWithGenerics(Entities.class, String.class, ActorsAotTests.Tally.class)")
                    .doesNotContain("tally#actorRef", "tally#" + AdderApi.class.getName());
            RuntimeHints hints = generation.getRuntimeHints();
            assertThat(RuntimeHintsPredicates.proxies().forInterfaces(AdderApi.class)).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Tally.class, "addOne")).accepts(hints);
        });
    }

    @Test
    void theRuntimesOwnHintsCoverItsLookUpOfObjectMethods() {
        RuntimeHints hints = new RuntimeHints();
        new ActorsRuntimeHints().registerHints(hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.reflection().onType(Object.class)).accepts(hints);
    }

    private static DefaultGenerationContext process(org.springframework.context.ApplicationContext context,
            InMemoryGeneratedFiles files) {
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(ActorsAotTests.class)), files);
        new ApplicationContextAotGenerator().processAheadOfTime((GenericApplicationContext) context, generation);
        generation.writeGeneratedContent();
        return generation;
    }

    private static List<String> contents(InMemoryGeneratedFiles files) throws IOException {
        List<String> contents = new ArrayList<>();
        for (InputStreamSource source : files.getGeneratedFiles(Kind.SOURCE).values()) {
            try (InputStream in = source.getInputStream()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    public interface AdderApi {

        int addOne(int i);

        default int addTwo(int i) {
            return addOne(addOne(i));
        }
    }

    @Actor
    @Scope("prototype")
    public static class Tally extends ThreadingActor implements AdderApi {

        private final String key;

        public Tally(@EntityKey String key) {
            this.key = key;
        }

        @Override
        public int addOne(int i) {
            return i + key.length();
        }
    }

    @Actor
    public static class Adder extends ThreadingActor implements AdderApi, Runnable {

        @Override
        public int addOne(int i) {
            return i + 1;
        }

        @Override
        public void run() {
        }
    }
}
