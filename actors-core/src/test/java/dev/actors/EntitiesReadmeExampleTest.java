package dev.actors;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The example of README.md's "Entities" section compiles and does what its comments say. */
class EntitiesReadmeExampleTest {

    interface Account {                                   // what callers see
        void deposit(long amount);
        long balance();
    }

    @Test
    void readmeExampleWorksAsDescribed() {
        ActorRegistry registry = new ActorRegistry();
        Map<String, Long> saved = new ConcurrentHashMap<>();

        // README example: keep in sync with README.md
        class AccountActor extends VirtualThreadActor implements Account {
            private final String id;
            private long balance;

            AccountActor(String id) { this.id = id; }

            @Override protected void onStart() { balance = saved.getOrDefault(id, 0L); }  // back after a passivation
            @Override protected void onStop() { saved.put(id, balance); }                 // idle, or beyond maxLive

            @Override public void deposit(long amount) { balance += amount; }
            @Override public long balance() { return balance; }
        }

        Entities<String, AccountActor> accounts = registry.entities(AccountActor.class, AccountActor::new,
                EntitySettings.defaults().withIdleTimeout(Duration.ofMinutes(5)).withMaxLive(10_000));
        Account ada = accounts.ref("ada").proxy(Account.class);   // starts nothing yet
        ada.deposit(100);                                         // starts ada's actor, then the call
        long balance = ada.balance();                             // 100, from whichever incarnation is live
        // End of the README example.

        assertThat(balance).isEqualTo(100);
        assertThat(accounts.liveKeys()).containsExactly("ada");
        registry.getAll().getFirst().stop(TIMEOUT);                // a passivation's effect: onStop saved the balance
        await().atMost(TIMEOUT).until(() -> accounts.liveCount() == 0);
        assertThat(saved).containsEntry("ada", 100L);
        assertThat(ada.balance()).isEqualTo(100);                 // the next incarnation loaded it
        registry.stopAll(TIMEOUT);
    }
}
