/**
 * Pykka's actor model for Java 21: {@link dev.actors.Actor} (extend
 * {@link dev.actors.ThreadingActor} or {@link dev.actors.VirtualThreadActor}),
 * {@link dev.actors.ActorRef}, {@link dev.actors.ActorProxy} and typed interface proxies,
 * {@link dev.actors.ActorFuture}/{@link dev.actors.ThreadingFuture},
 * {@link dev.actors.ActorRegistry}, the exceptions and {@link dev.actors.ActorDebug}. Every
 * public type names the Pykka piece it maps to.
 *
 * <h2>A message, from {@code tell} to the handler</h2>
 * <ol>
 * <li>{@code ref.tell(m)} (or {@code ask}, or a proxy call) wraps the message in an
 *     {@code Envelope}: the message, the reply future of an ask, and the mailbox's queue node in
 *     one object. With a {@link dev.actors.MessageHook} registered, its capture runs here, on the
 *     sender's thread, and the result rides in the envelope.</li>
 * <li>{@code Actor.send} reserves stack headroom when the actor looks idle (so that a sender's
 *     {@link java.lang.StackOverflowError} can strike only before anything changed), takes a
 *     place in a bounded mailbox, and offers the envelope to the {@code Mailbox}: a CAS on the
 *     tail, then a volatile store of the previous node's {@code next}. A closed mailbox refuses
 *     the offer ({@link dev.actors.ActorDeadException}).</li>
 * <li>{@code ActorLoop.signal} wakes the actor if needed: {@code OwnThreadLoop} unparks its
 *     platform thread if it was parked; {@code VirtualThreadLoop} starts a virtual thread if
 *     no burst owns the mailbox.</li>
 * <li>The loop's thread ({@code ActorLoop.run}): the start hook the first time, then
 *     {@code take()} (the strategy's wait: spin then park, or spin, linger, give up),
 *     dispatch to {@code onReceive} or the proxy call, the failure rules, and on a stop the
 *     drain that answers everything still queued.</li>
 * <li>The reply completes the ask's {@code ThreadingFuture} (a CAS on its outcome), which wakes
 *     the parked getters and runs completion callbacks on the actor's thread.</li>
 * </ol>
 *
 * <h2>Shared state: who writes it, who reads it, with which ordering</h2>
 * <table>
 * <caption>Fields touched by more than one thread</caption>
 * <tr><th>field</th><th>written by</th><th>read by</th><th>ordering</th></tr>
 * <tr><td>{@code Mailbox.tail}</td><td>senders (CAS), the loop's thread at close (CAS to CLOSED)</td>
 *     <td>senders, the loop's thread</td><td>volatile CAS: one linear order of offers and the close</td></tr>
 * <tr><td>{@code Envelope.next}</td><td>the sender that linked after the node</td><td>the loop's thread</td>
 *     <td>volatile store after the tail CAS / acquire load: the envelope's plain fields are seen whole;
 *     between the two the consumer waits for the link (the linked queue's "bubble")</td></tr>
 * <tr><td>{@code Mailbox.head}</td><td>the loop's thread</td><td>monitors (size, processed)</td>
 *     <td>release store / acquire load of the taken node's sequence</td></tr>
 * <tr><td>{@code OwnThreadLoop.parked}</td><td>the actor's thread (set), the waking sender (CAS to false)</td>
 *     <td>senders</td><td>volatile: the thread sets it then re-polls; a sender enqueues then reads it;
 *     one of the two sees the other, so no wake-up is lost</td></tr>
 * <tr><td>{@code VirtualThreadLoop.runState}</td><td>senders (IDLE to STARTING), the new thread
 *     (STARTING to OWNED, under the mailbox's monitor), the owner (OWNED to IDLE, then a re-check)</td>
 *     <td>senders, owners</td><td>volatile CAS; ownership, and with it the owner-only fields
 *     ({@code started}, the adaptive spin, the burst count), passes through it</td></tr>
 * <tr><td>{@code VirtualThreadLoop.RUNNING_BURSTS}</td><td>senders when they start a burst (and on a
 *     failed start), owners when they give the mailbox up, take it back, or stop</td>
 *     <td>owners deciding whether to spin</td><td>atomic; a hint only (a stale value costs a spin or a restart)</td></tr>
 * <tr><td>{@code ActorLoop.thread}</td><td>the loop's thread (or the launching thread)</td>
 *     <td>self-deadlock checks, unpark, stack dumps</td><td>volatile</td></tr>
 * <tr><td>{@code ActorLoop.notHandled}, {@code failed}</td><td>the loop's thread</td><td>monitors</td>
 *     <td>opaque: counters, no ordering with other fields needed</td></tr>
 * <tr><td>{@code Actor.lifecycle}, {@code failure}</td><td>{@code startIn} (NEW to ALIVE, CAS),
 *     the loop's thread at stop</td><td>anyone ({@code isAlive}, refs)</td>
 *     <td>volatile; the failure is written before the lifecycle, so a reader that sees STOPPED sees it</td></tr>
 * <tr><td>{@code ActorLoop.incarnation}, {@code Supervisor.recentRestarts}</td><td>the loop's thread (a restart)</td>
 *     <td>the loop's thread</td><td>owner-only, like the counters; handed to the next owner through the
 *     strategy's volatile state. A restart's new instance is built on the loop's thread, so it joins the
 *     actor's identity there ({@code Incarnations}: a thread-local, no cross-thread publication)</td></tr>
 * <tr><td>{@code Actor.stopRequested}, {@code Supervisor.inBackoff}</td><td>stoppers (any thread) /
 *     the loop's thread</td><td>the other side</td><td>volatile, Dekker-style: a stopper writes
 *     {@code stopRequested} then reads {@code inBackoff} (unparks the owner if set); the owner writes
 *     {@code inBackoff} then reads {@code stopRequested} before each park, so a backoff never sleeps on
 *     while a stop waits</td></tr>
 * <tr><td>{@code Supervisor.restarts}</td><td>the loop's thread</td><td>refs ({@code restartCount}), monitors</td>
 *     <td>volatile; a count</td></tr>
 * <tr><td>{@code ThreadingFuture.outcome}</td><td>the completer (CAS)</td><td>getters, callbacks</td>
 *     <td>volatile CAS: completed once; waiters are pushed (CAS) then the outcome re-read, the mirror
 *     of complete-then-release, so no waiter is stranded</td></tr>
 * <tr><td>{@code ActorRegistry.messageHook}, {@code askTimeout}, {@code daemonThreads}</td>
 *     <td>configuration</td><td>senders, loops</td><td>volatile; read at each use</td></tr>
 * </table>
 */
package dev.actors;
