package dev.actors.reliability;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the soak test did and saw, printed at the end. */
final class SoakFigures {

    final LongAdder tellsAccepted = new LongAdder();
    final LongAdder tellsRefused = new LongAdder();
    final LongAdder asks = new LongAdder();
    final LongAdder gracefulStops = new LongAdder();
    final LongAdder asyncStops = new LongAdder();
    final LongAdder threadingStarts = new LongAdder();
    final LongAdder virtualStarts = new LongAdder();
    final LongAdder futuresWithValue = new LongAdder();
    final LongAdder futuresDead = new LongAdder();
    final LongAdder futuresInjected = new LongAdder();
    final LongAdder handledChecked = new LongAdder();
    final LongAdder restartingFailures = new LongAdder();
    final LongAdder restarts = new LongAdder();
    final LongAdder deadLetters = new LongAdder();
    private final Map<Fault, LongAdder> faults = new EnumMap<>(Fault.class);

    SoakFigures() {
        for (Fault fault : Fault.values()) {
            faults.put(fault, new LongAdder());
        }
    }

    void injected(Fault fault) {
        faults.get(fault).increment();
    }

    long injected() {
        return faults.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long injectedOf(Fault fault) {
        return faults.get(fault).sum();
    }

    long operations() {
        return tellsAccepted.sum() + tellsRefused.sum() + asks.sum() + gracefulStops.sum()
                + asyncStops.sum() + threadingStarts.sum() + virtualStarts.sum() + injected();
    }

    long futures() {
        return futuresWithValue.sum() + futuresDead.sum() + futuresInjected.sum();
    }

    String report(long millis, Map<String, Long> logEvents) {
        return String.format("""
                Soak figures (%d ms):
                  operations        %d
                  tells             %d accepted, %d refused (dead actor)
                  asks              %d
                  actors started    %d ThreadingActor, %d VirtualThreadActor
                  stops             %d blocking, %d async (plus the final stopAll)
                  futures           %d done: %d with a value, %d ActorDeadException, %d injected failure
                  messages checked  %d (handled exactly once when told before the stop, else once or a dead letter)
                  restarts          %d (failed tells to restarting actors: %d)
                  dead letters      %d of soak messages
                  failures injected %d: %s
                  log events        %s""",
                millis, operations(), tellsAccepted.sum(), tellsRefused.sum(), asks.sum(),
                threadingStarts.sum(), virtualStarts.sum(), gracefulStops.sum(), asyncStops.sum(),
                futures(), futuresWithValue.sum(), futuresDead.sum(), futuresInjected.sum(),
                handledChecked.sum(), restarts.sum(), restartingFailures.sum(), deadLetters.sum(), injected(), faults,
                logEvents);
    }
}
