package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.benchmarks.TickLog;

/**
 * The timer scenario's actor: from {@code onStart} it starts one fixed-rate timer
 * ({@code timers().startAtFixedRate}) and records every tick in its {@link TickLog.Schedule}.
 */
final class TickerActor {

    private TickerActor() {
    }

    static Actor create(OurRuntime.Kind kind, TickLog.Schedule schedule) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread(schedule) : new OnVirtualThread(schedule);
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        private final TickLog.Schedule schedule;

        OnPlatformThread(TickLog.Schedule schedule) {
            this.schedule = schedule;
        }

        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected void onStart() {
            schedule.started();
            timers().startAtFixedRate(TickLog.TIMER_KEY, TickLog.TICK, schedule.initialDelay(), schedule.period());
        }

        @Override
        protected Object onReceive(Object message) {
            if (message == TickLog.TICK) {
                schedule.tick();
            }
            return null;
        }
    }

    /** On virtual threads. */
    static final class OnVirtualThread extends VirtualThreadActor {
        private final TickLog.Schedule schedule;

        OnVirtualThread(TickLog.Schedule schedule) {
            this.schedule = schedule;
        }

        @Override
        protected void onStart() {
            schedule.started();
            timers().startAtFixedRate(TickLog.TIMER_KEY, TickLog.TICK, schedule.initialDelay(), schedule.period());
        }

        @Override
        protected Object onReceive(Object message) {
            if (message == TickLog.TICK) {
                schedule.tick();
            }
            return null;
        }
    }
}
