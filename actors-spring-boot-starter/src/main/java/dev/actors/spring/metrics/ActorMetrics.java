package dev.actors.spring.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.actors.ActorListener;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer meters for the actors of one {@link ActorRegistry}, one set per actor class,
 * tagged {@code actor.class} with the fully qualified class name (never the URN, which
 * would make the cardinality unbounded):
 * <ul>
 * <li>{@code actors.active} (gauge, actors): live actors;</li>
 * <li>{@code actors.mailbox.size} (gauge, messages): messages waiting;</li>
 * <li>{@code actors.messages.processed} (counter, messages): messages handled;</li>
 * <li>{@code actors.messages.failed} (counter, messages): messages whose handling threw.</li>
 * </ul>
 * Shaped after Micrometer's {@code ExecutorServiceMetrics}. Values are read from the
 * actors at scrape time and start/stop events update the bookkeeping, so sending and
 * handling messages costs nothing extra. Per-message timing is not offered. Counts start
 * when this binder is created: actors that stopped before it existed are not counted.
 */
public final class ActorMetrics implements MeterBinder, ActorListener {

    private final Map<Class<?>, ActorClassStatistics> statisticsByClass = new ConcurrentHashMap<>();

    /** Guarded by {@code this}, together with the creation of new per-class statistics. */
    private final List<MeterRegistry> meterRegistries = new ArrayList<>();

    /**
     * Subscribes to the registry's start and stop events and tracks the actors already live.
     *
     * @param registry the context's actor registry
     */
    public ActorMetrics(ActorRegistry registry) {
        // Subscribe first, then seed: an actor that stops after the subscription is retired
        // by the event, and one that stopped before it is not seeded (its state is STOPPED).
        registry.addListener(this);
        for (ActorRef<?> ref : registry.getAll()) {
            if (ref.state() != ActorState.STOPPED) {
                statisticsFor(ref.actorClass()).track(ref);
            }
        }
    }

    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        meterRegistries.add(meterRegistry);
        statisticsByClass.values().forEach(statistics -> statistics.register(meterRegistry));
    }

    @Override
    public void actorStarted(ActorRef<?> ref) {
        ActorClassStatistics statistics = statisticsFor(ref.actorClass());
        statistics.track(ref);
        // Start and stop events may come from different threads: if the stop was handled
        // first it found nothing to retire, so retire here (retiring twice is a no-op).
        if (ref.state() == ActorState.STOPPED) {
            statistics.retire(ref);
        }
    }

    @Override
    public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        ActorClassStatistics statistics = statisticsByClass.get(ref.actorClass());
        if (statistics != null) {
            statistics.retire(ref);
        }
    }

    private ActorClassStatistics statisticsFor(Class<?> actorClass) {
        ActorClassStatistics existing = statisticsByClass.get(actorClass);
        return existing != null ? existing : createStatistics(actorClass);
    }

    private synchronized ActorClassStatistics createStatistics(Class<?> actorClass) {
        return statisticsByClass.computeIfAbsent(actorClass, type -> {
            ActorClassStatistics statistics = new ActorClassStatistics(type);
            meterRegistries.forEach(statistics::register);
            return statistics;
        });
    }
}
