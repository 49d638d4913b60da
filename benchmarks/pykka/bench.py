#!/usr/bin/python3
"""Pykka's side of scenarios 1, 3 and 5 of actors-benchmarks, for honest ratios.

Runs on Debian's python3-pykka (``apt-get install -y python3-pykka``), with the
system interpreter: ``/usr/bin/python3 benchmarks/pykka/bench.py`` (``--quick``
for a smoke run). Each scenario mirrors the Java one:

1. tell: one sender tells one ThreadingActor 20,000 messages, the last one a
   latch (threading.Event) the actor sets; nanoseconds per message.
3. ask: ask an echo actor and block for the reply; microseconds per ask.
5. start + stop of an idle actor (microseconds), and Python heap per idle actor
   (tracemalloc, after gc) with N idle actors. Pykka's ThreadingActor holds an
   OS thread per actor, so N is thousands, not a million, and each actor also
   costs a thread stack outside the Python heap (reported as RSS growth).

Every measurement is repeated; the table shows the median and the spread
(min..max) of the repetitions.
"""

import argparse
import gc
import platform
import resource
import statistics
import threading
import time
import tracemalloc

import pykka

TELL_BATCH = 20_000
REPLY_TIMEOUT_S = 30


class Sink(pykka.ThreadingActor):
    """Ignores every message except a threading.Event, which it sets."""

    def on_receive(self, message):
        if isinstance(message, threading.Event):
            message.set()


class Echo(pykka.ThreadingActor):
    """Replies to every message with the message itself."""

    def on_receive(self, message):
        return message


class Idle(pykka.ThreadingActor):
    """Does nothing: what starting and stopping costs on its own."""

    use_daemon_thread = True


def repeat(measure, repetitions):
    return [measure() for _ in range(repetitions)]


def tell_ns_per_message(sink):
    started = time.perf_counter_ns()
    for _ in range(TELL_BATCH - 1):
        sink.tell("tick")
    done = threading.Event()
    sink.tell(done)
    if not done.wait(REPLY_TIMEOUT_S):
        raise RuntimeError("Pykka sink did not finish the batch in time")
    return (time.perf_counter_ns() - started) / TELL_BATCH


def ask_us_per_ask(echo, asks):
    started = time.perf_counter_ns()
    for _ in range(asks):
        echo.ask("ping", timeout=REPLY_TIMEOUT_S)
    return (time.perf_counter_ns() - started) / asks / 1_000


def start_stop_us(cycles):
    started = time.perf_counter_ns()
    for _ in range(cycles):
        Idle.start().stop(timeout=REPLY_TIMEOUT_S)
    return (time.perf_counter_ns() - started) / cycles / 1_000


def rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def idle_footprint(actors):
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    rss_before = rss_kib()
    refs = [Idle.start() for _ in range(actors)]
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    rss_after = rss_kib()
    tracemalloc.stop()
    for ref in refs:
        ref.stop(block=False)
    return (after - before) / actors, (rss_after - rss_before) * 1024 / actors


def summary(values):
    return statistics.median(values), min(values), max(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds in all: proves the script runs")
    parser.add_argument("--idle-actors", type=int, default=None, help="idle actors for the footprint (default 5000, quick 200)")
    args = parser.parse_args()
    repetitions = 3 if args.quick else 10
    asks = 500 if args.quick else 5_000
    cycles = 100 if args.quick else 1_000
    idle_actors = args.idle_actors or (200 if args.quick else 5_000)

    print(f"Pykka {pykka.__version__} on Python {platform.python_version()} ({platform.machine()})")
    rows = []

    sink = Sink.start()
    tell_ns_per_message(sink)  # warm-up
    rows.append(("1 tell", "ns/msg", summary(repeat(lambda: tell_ns_per_message(sink), repetitions))))
    sink.stop()

    echo = Echo.start()
    ask_us_per_ask(echo, asks // 10)  # warm-up
    rows.append(("3 ask (platform-thread caller)", "us/ask",
                 summary(repeat(lambda: ask_us_per_ask(echo, asks), repetitions))))
    echo.stop()

    start_stop_us(cycles // 10)  # warm-up
    rows.append(("5 start + stop", "us", summary(repeat(lambda: start_stop_us(cycles), repetitions))))

    heap, rss = idle_footprint(idle_actors)
    pykka.ActorRegistry.stop_all()

    print()
    print("| scenario | unit | median | min | max |")
    print("|---|---|---:|---:|---:|")
    for name, unit, (median, low, high) in rows:
        print(f"| {name} | {unit} | {median:,.1f} | {low:,.1f} | {high:,.1f} |")
    print(f"| 5 Python heap per idle actor ({idle_actors:,} actors, tracemalloc) | bytes | {heap:,.0f} | | |")
    print(f"| 5 RSS growth per idle actor ({idle_actors:,} actors, thread stacks touched) | bytes | {rss:,.0f} | | |")


if __name__ == "__main__":
    main()
