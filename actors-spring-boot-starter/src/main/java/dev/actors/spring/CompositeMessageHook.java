package dev.actors.spring;

import java.util.List;

import dev.actors.ActorRef;
import dev.actors.MessageHook;

/**
 * Runs several {@link MessageHook}s as the registry's one hook: each captures at send in
 * order; at handling each restores in order and their scopes close in reverse order, so the
 * first hook's context surrounds the others' (the sender's trace is back before the message's
 * own Observation starts). When a hook's {@code restore} throws, the scopes already opened are
 * closed before the exception goes on, leaving the actor's thread as it was. Pykka: none.
 */
public final class CompositeMessageHook implements MessageHook {

    private final MessageHook[] hooks;

    /**
     * Creates the composite.
     *
     * @param hooks the hooks, outermost first
     */
    public CompositeMessageHook(List<? extends MessageHook> hooks) {
        this.hooks = hooks.toArray(MessageHook[]::new);
    }

    /**
     * The hooks, outermost first.
     *
     * @return a copy of the list
     */
    public List<MessageHook> hooks() {
        return List.of(hooks);
    }

    @Override
    public Object capture(ActorRef<?> recipient, Kind kind) {
        Object[] captured = new Object[hooks.length];
        for (int i = 0; i < hooks.length; i++) {
            captured[i] = hooks[i].capture(recipient, kind);
        }
        return captured;
    }

    @Override
    public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
        Object[] values = captured instanceof Object[] array && array.length == hooks.length ? array : new Object[hooks.length];
        Scope[] scopes = new Scope[hooks.length];
        int opened = 0;
        try {
            for (; opened < hooks.length; opened++) {
                scopes[opened] = hooks[opened].restore(recipient, kind, values[opened]);
            }
        }
        catch (RuntimeException | Error ex) {
            try {
                closeFrom(scopes, opened - 1, null);
            }
            catch (RuntimeException cleanup) {
                ex.addSuppressed(cleanup);
            }
            throw ex;
        }
        return failure -> closeFrom(scopes, scopes.length - 1, failure);
    }

    /** Closes scopes[last..0]; a scope that throws does not keep the others open. */
    private static void closeFrom(Scope[] scopes, int last, Throwable failure) {
        RuntimeException first = null;
        for (int i = last; i >= 0; i--) {
            try {
                scopes[i].close(failure);
            }
            catch (RuntimeException ex) {
                if (first == null) {
                    first = ex;
                }
                else {
                    first.addSuppressed(ex);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
