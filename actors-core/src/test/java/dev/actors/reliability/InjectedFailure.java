package dev.actors.reliability;

/** The exception the soak test throws on purpose, so that it can be told apart from real ones. */
final class InjectedFailure extends RuntimeException {

    InjectedFailure(String where) {
        super("failure injected by the soak test in " + where);
    }
}
