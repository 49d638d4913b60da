package dev.actors.spring;

import java.time.Duration;
import java.util.List;

import dev.actors.Entities;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.metrics.ActorsMetricsAutoConfiguration;
import dev.actors.spring.metrics.EntityMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code actors.entities.live} and {@code actors.entities.passivations}, per entity class. */
class EntityMetricsTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final String TAG = "actor.class";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, MetricsAutoConfiguration.class,
                    ActorsMetricsAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class)
            .withBean("cart", Cart.class).withBean("wishlist", Cart.class).withBean(Shop.class);

    @Test
    void liveEntitiesAndPassivationsAreCountedPerClassOverItsEntityBeans() {
        // No idle timeout, two live entities per entity bean: nothing here depends on time.
        runner.withPropertyValues("actors.entities.idle-timeout=0", "actors.entities.max-live=2").run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Shop shop = context.getBean(Shop.class);
            String tag = Cart.class.getName();
            assertThat(meters.get("actors.entities.live").tag(TAG, tag).gauge().value()).isZero();
            assertThat(meters.get("actors.entities.live").tag(TAG, tag).gauge().getId().getBaseUnit()).isNull();
            for (String customer : List.of("ann", "ben", "cy")) {
                shop.carts.ask(customer, "add").get(WAIT);
            }
            shop.wishlists.ask("ann", "add").get(WAIT);

            await().atMost(WAIT).untilAsserted(() -> assertThat(meters.get("actors.entities.live").tag(TAG, tag)
                    .gauge().value()).as("two carts and a wishlist").isEqualTo(3));
            assertThat(meters.get("actors.entities.passivations").tag(TAG, tag).functionCounter().count())
                    .as("ann's cart, the least recently used of three").isEqualTo(1);
            await().atMost(WAIT).untilAsserted(() -> assertThat(meters.get("actors.active").tag(TAG, tag).gauge().value())
                    .as("entity actors are actors: the actor meters count them too").isEqualTo(3));
        });
    }

    @Test
    void noMeterRegistryNoEntityMetricsAndTheEntitiesWorkAllTheSame() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
            assertThat(context).doesNotHaveBean(EntityMetrics.class);
            assertThat(context.getBean(Shop.class).carts.<Integer>ask("cy", "add").get(WAIT)).isEqualTo(1);
        });
    }

    @Test
    void offWithTheActorsMetricsSwitch() {
        runner.withPropertyValues("actors.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EntityMetrics.class));
    }

    @Actor
    @Scope("prototype")
    static class Cart extends VirtualThreadActor {

        private int items;

        Cart(@EntityKey String customer) {
        }

        @Override
        protected Object onReceive(Object message) {
            return ++items;
        }
    }

    static class Shop {

        final Entities<String, Cart> carts;

        final Entities<String, Cart> wishlists;

        Shop(@org.springframework.beans.factory.annotation.Qualifier("cart") Entities<String, Cart> carts,
                @org.springframework.beans.factory.annotation.Qualifier("wishlist") Entities<String, Cart> wishlists) {
            this.carts = carts;
            this.wishlists = wishlists;
        }
    }
}
