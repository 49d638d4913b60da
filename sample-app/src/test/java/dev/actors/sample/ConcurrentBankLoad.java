package dev.actors.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.report.BankSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the bank over HTTP from 8 threads at once (1,000 requests each: transfers,
 * deposits, withdrawals and reads on 10 shared accounts) and checks the domain's invariants:
 * no money created or lost, every account's balance exactly what its successful operations
 * add up to (no lost update), the ledger agreeing with the accounts entry for entry.
 */
final class ConcurrentBankLoad {

    private static final int THREADS = 8;

    private static final int REQUESTS_PER_THREAD = 1_000;

    private static final int ACCOUNTS = 10;

    private static final long OPENING_CENTS = 100_000;

    private final BankApiClient bank;

    ConcurrentBankLoad(BankApiClient bank) {
        this.bank = bank;
    }

    /**
     * Opens the accounts, runs the requests and checks the invariants.
     *
     * @throws Exception if a client thread failed
     */
    void runAndCheck() throws Exception {
        BankSummary before = bank.summary();
        List<String> ids = new ArrayList<>();
        Map<String, AtomicLong> expectedBalance = new ConcurrentHashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String id = bank.open("Load " + i, OPENING_CENTS).id();
            ids.add(id);
            expectedBalance.put(id, new AtomicLong(OPENING_CENTS));
        }
        LongAdder successfulPostings = new LongAdder();
        LongAdder refusals = new LongAdder();
        List<String> unexpected = new ArrayList<>();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(42 + t);
                done.add(clients.submit(() -> {
                    if (!start.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the start gate never opened");
                    }
                    for (int r = 0; r < REQUESTS_PER_THREAD; r++) {
                        runOne(bank, random, ids, expectedBalance, successfulPostings, refusals, unexpected);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : done) {
                client.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            clients.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(refusals.sum()).as("some debits must be refused, or the test never races a balance to zero")
                .isPositive();
        long accountsTotal = 0;
        long versions = 0;
        for (String id : ids) {
            AccountSnapshot account = bank.account(id);
            assertThat(account.balanceCents()).as("balance of %s", id).isEqualTo(expectedBalance.get(id).get())
                    .isNotNegative();
            accountsTotal += account.balanceCents();
            versions += account.version();
        }
        assertThat(accountsTotal).as("the accounts' total").isEqualTo(expectedTotal(expectedBalance));
        assertThat(versions).as("balance changes made by the accounts")
                .isEqualTo(ACCOUNTS + successfulPostings.sum());

        BankSummary after = bank.summary();
        assertThat(after.ledgerMatchesAccounts()).isTrue();
        assertThat(after.totalBalanceCents() - before.totalBalanceCents()).isEqualTo(accountsTotal);
        assertThat(after.ledgerNetCents()).isEqualTo(after.totalBalanceCents());
        assertThat(after.ledgerEntries() - before.ledgerEntries()).isEqualTo(versions);
    }

    private static void runOne(BankApiClient bank, Random random, List<String> ids,
            Map<String, AtomicLong> expectedBalance, LongAdder successfulPostings, LongAdder refusals,
            List<String> unexpected) {
        String from = ids.get(random.nextInt(ids.size()));
        int choice = random.nextInt(10);
        if (choice < 5) {
            String to = ids.get((ids.indexOf(from) + 1 + random.nextInt(ids.size() - 1)) % ids.size());
            long amount = 1 + random.nextInt(40_000);
            ResponseEntity<String> response = bank.transfer(from, to, amount);
            if (check(response, "transfer", refusals, unexpected)) {
                expectedBalance.get(from).addAndGet(-amount);
                expectedBalance.get(to).addAndGet(amount);
                successfulPostings.add(2);
            }
        }
        else if (choice < 7) {
            long amount = 1 + random.nextInt(5_000);
            if (check(bank.deposit(from, amount), "deposit", refusals, unexpected)) {
                expectedBalance.get(from).addAndGet(amount);
                successfulPostings.increment();
            }
        }
        else if (choice < 9) {
            long amount = 1 + random.nextInt(40_000);
            if (check(bank.withdraw(from, amount), "withdrawal", refusals, unexpected)) {
                expectedBalance.get(from).addAndGet(-amount);
                successfulPostings.increment();
            }
        }
        else {
            check(bank.get("/api/accounts/" + from), "read", refusals, unexpected);
        }
    }

    /** True for 200; counts 409 (insufficient funds) as a refusal; records anything else. */
    private static boolean check(ResponseEntity<String> response, String operation, LongAdder refusals,
            List<String> unexpected) {
        HttpStatusCode status = response.getStatusCode();
        if (status.equals(HttpStatus.OK)) {
            return true;
        }
        if (status.equals(HttpStatus.CONFLICT) && response.getBody().contains("Insufficient funds")) {
            refusals.increment();
            return false;
        }
        synchronized (unexpected) {
            unexpected.add(operation + " -> " + status + " " + response.getBody());
        }
        return false;
    }

    private static long expectedTotal(Map<String, AtomicLong> expectedBalance) {
        return expectedBalance.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
