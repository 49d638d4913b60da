package dev.actors;

/**
 * Makes a sender run out of stack <em>before</em> a send's point of no return rather than after
 * it. Once the mailbox's tail CAS has succeeded (see {@link Mailbox#offer}), the sender must
 * still wake the actor: unpark its thread, or start a virtual thread, a few dozen frames deep in
 * the JDK. A {@link StackOverflowError} there would leave a message queued with nobody to take
 * it, and the JDK's own bookkeeping half-done (exception handlers that run right after an
 * overflow are not reliable either: they may overflow again).
 *
 * <p>HotSpot checks for stack overflow at each method entry, against a fixed distance below the
 * new frame. So once a call chain has reached a given depth and returned, any later chain that
 * stays shallower cannot overflow. {@link #ensure(int)} descends that many frames of
 * {@link #descend}, each holding eight {@code long}s across its call: measured on JDK 25 x64,
 * about 96 bytes a frame compiled by C2 and 240 interpreted. A warm wake-up measured (the
 * smallest stack that lets it run): starting a virtual thread needs about 3 KiB, an unpark
 * about 0.3 KiB; the callers ask for four times that and more, for interpreted or cold code.
 * If the stack is too short, the {@code StackOverflowError} comes from here, while nothing has
 * been sent yet.
 *
 * <p>A descent of 128 frames costs under a microsecond, so the runtime pays it only where a send
 * may have to wake an actor (it was idle when looked at) or holds a bounded mailbox's permit.
 * Pekko and JCTools have no such guard: they document the linked queue's "bubble" as a window
 * a producer must not die in.
 */
final class StackHeadroom {

    /** For a send that may start a virtual thread: about 12 KiB compiled, 30 KiB interpreted. */
    static final int THREAD_START = 128;
    /** For a send that may unpark a thread, or holds a bounded mailbox's permit: about 3 KiB compiled. */
    static final int UNPARK = 32;

    private StackHeadroom() {
    }

    /**
     * Returns normally if at least {@code frames} frames of headroom are left on this thread's stack.
     *
     * @throws StackOverflowError if they are not: the caller has not changed anything yet
     */
    static void ensure(int frames) {
        if (descend(frames, 1, 2, 3, 4, 5, 6, 7, 8) == Long.MIN_VALUE) {
            // Never true (the sum is small), but the compiler cannot know: the descent must happen.
            throw new AssertionError("unreachable");
        }
    }

    /** Recursion the JIT can neither drop nor turn into a loop: every argument is used after the call. */
    private static long descend(int depth, long a, long b, long c, long d, long e, long f, long g, long h) {
        if (depth == 0) {
            return a + b + c + d + e + f + g + h;
        }
        long below = descend(depth - 1, b, c, d, e, f, g, h, a);
        return below + (a ^ b) + (c ^ d) + (e ^ f) + (g ^ h) - (a + b + c + d + e + f + g + h) / 2;
    }
}
