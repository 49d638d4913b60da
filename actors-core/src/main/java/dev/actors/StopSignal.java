package dev.actors;

/**
 * The poison pill: handled in mailbox order, after everything sent before it.
 * Pykka: {@code pykka.messages._ActorStop}.
 */
final class StopSignal {

    static final StopSignal INSTANCE = new StopSignal();

    private StopSignal() {
    }

    @Override
    public String toString() {
        return "StopSignal";
    }
}
