package dev.actors.spring;

import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAnnotatedMethodsAutoConfiguration;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @Async} on an {@code @Actor} class is refused at startup, with or without {@code @EnableAsync}. */
class AsyncActorMethodTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class,
                    ActorsAnnotatedMethodsAutoConfiguration.class));

    @Test
    void anAsyncMethodOnAnActorFailsStartupNamingTheMethod() {
        runner.withBean("mailer", AsyncMailer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure())).isInstanceOf(AsyncActorMethodException.class)
                    .hasMessageContaining("@Actor bean 'mailer' (" + AsyncMailer.class.getName() + ")")
                    .hasMessageContaining("@Async on send(java.lang.String)")
                    .hasMessageContaining("Remove @Async");
        });
    }

    @Test
    void anAsyncActorClassFailsStartupBeforeEnableAsyncCanProxyIt() {
        runner.withUserConfiguration(AsyncOn.class).withBean("bulkMailer", AsyncActorClass.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure())).isInstanceOf(AsyncActorMethodException.class)
                    .hasMessageContaining("@Actor bean 'bulkMailer' (" + AsyncActorClass.class.getName() + ")")
                    .hasMessageContaining("@Async on the class");
        });
    }

    @Test
    void anActorWithoutAsyncStarts() {
        runner.withBean("plain", PlainActor.class).run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class AsyncOn {
    }

    @Actor
    static class AsyncMailer extends ThreadingActor {
        @Async
        public void send(String text) {
        }
    }

    @Actor
    @Async
    static class AsyncActorClass extends ThreadingActor {
        public void send(String text) {
        }
    }

    @Actor
    static class PlainActor extends ThreadingActor {
    }
}
