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
import dev.actors.DeadLetter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer meters for the actors of one {@link ActorRegistry}, one set per actor class,
 * tagged {@code actor.class} with the fully qualified class name (never the URN, which
 * would make the cardinality unbounded):
 * <ul>
 * <li>{@code actors.active} (gauge): live actors;</li>
 * <li>{@code actors.mailbox.size} (gauge): messages waiting;</li>
 * <li>{@code actors.messages.processed} (counter): messages handled, whether or not the
 * handling threw;</li>
 * <li>{@code actors.messages.failed} (counter): messages whose handling threw, tagged
 * {@code outcome}: {@code returned} when the actor lived on (the exception went to the
 * asker of an {@code ask}, proxy call or interface-proxy call, or was logged for a
 * {@code void} interface-proxy call, a {@code @Scheduled} run or an {@code @EventListener}
 * call), {@code stopped} when it stopped the actor (a failing {@code tell}). A failing
 * {@code onStart} handled no message and is not counted. A failing {@code tell} that the
 * actor's restart policy answered with a restart counts as {@code returned} (the actor lives
 * on behind the same ref); it is counted by the next two meters too.</li>
 * <li>{@code actors.restarts} (counter): restarts by the actors' restart policies (after a
 * failing {@code tell}, {@code onStart} or factory);</li>
 * <li>{@code actors.dead.letters} (counter): messages no actor handled, tagged {@code reason}
 * with the {@link DeadLetter.Reason} in lower case: {@code refused}, {@code dropped},
 * {@code failed}. Each class has all three, zero until one comes, so that rates are defined.</li>
 * </ul>
 * No meter has a base unit, so none repeats it in its Prometheus name
 * ({@code actors_active}, {@code actors_mailbox_size}, {@code actors_messages_processed_total},
 * {@code actors_messages_failed_total}, {@code actors_restarts_total},
 * {@code actors_dead_letters_total}). Cardinality is bounded: actor classes times three reasons.
 * Shaped after Micrometer's {@code ExecutorServiceMetrics}. Values are read from the
 * actors at scrape time and start/stop events update the bookkeeping, so sending and
 * handling messages costs nothing extra; restarts and dead letters, rare events, are counted
 * as their listener calls come. Per-message timing is not offered. Counts start
 * when this binder is created: actors that stopped before it existed are not counted.
 */
public final class ActorMetrics implements MeterBinder, ActorListener {

    private final Map<Class<?>, ActorClassStatistics> statisticsByClass = new ConcurrentHashMap<>();

    /** Guarded by {@code this}, together with the creation of new per-class statistics. */
    private final List<MeterRegistry> meterRegistries = new ArrayList<>();

    /**
     * Subscribes to the registry's start, stop and restart events and its dead letters, and
     * tracks the actors already live.
     *
     * @param registry the context's actor registry
     */
    public ActorMetrics(ActorRegistry registry) {
        // Subscribe first, then seed: an actor that stops after the subscription is retired
        // by the event, and one that stopped before it is not seeded (its state is STOPPED).
        registry.addListener(this);
        registry.addDeadLetterListener(this::deadLetter);
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

    /** Counts a restart of the actor's class. */
    @Override
    public void restarted(ActorRef<?> ref, Throwable cause) {
        statisticsFor(ref.actorClass()).restarted();
    }

    private void deadLetter(DeadLetter deadLetter) {
        statisticsFor(deadLetter.recipient().actorClass()).deadLetter(deadLetter.reason());
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
