package dev.actors;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link EntityRef#proxy(Class)}: typed interface calls go through the entity layer (started on
 * demand, to whichever incarnation is live), with the dispatch rules of {@link ActorRef#proxy(Class)}.
 */
class EntityProxyTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();
    private final Map<String, Integer> saved = new ConcurrentHashMap<>();
    private final AtomicReference<Entities<String, AccountEntity>> holder = new AtomicReference<>();

    interface Account {
        void deposit(int amount);

        int balance();

        ActorFuture<Integer> balanceLater();

        CompletableFuture<Integer> balanceAsync();

        int balanceOfItselfBlocking();

        int waitFor(CountDownLatch gate);

        default String describe() {
            return "an account";
        }
    }

    interface Lacks {
        void withdraw(int amount);
    }

    /** An account whose balance is saved in onStop and loaded when built. */
    final class AccountEntity extends VirtualThreadActor {
        private final String key;
        private int balance;

        AccountEntity(String key) {
            this.key = key;
            this.balance = saved.getOrDefault(key, 0);
        }

        public void deposit(int amount) {
            if (amount < 0) {
                throw new IllegalArgumentException("negative deposit " + amount);
            }
            balance += amount;
        }

        public int balance() {
            return balance;
        }

        public ActorFuture<Integer> balanceLater() {
            return ActorFuture.completed(balance);
        }

        public CompletableFuture<Integer> balanceAsync() {
            return CompletableFuture.completedFuture(balance);
        }

        public int balanceOfItselfBlocking() {
            return holder.get().ref(key).proxy(Account.class).balance();
        }

        public int waitFor(CountDownLatch gate) throws InterruptedException {
            gate.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return balance;
        }

        @Override
        protected void onStop() {
            saved.put(key, balance);
        }
    }

    private Entities<String, AccountEntity> entities(EntitySettings settings) {
        Entities<String, AccountEntity> entities = registry.entities(AccountEntity.class, AccountEntity::new, settings);
        holder.set(entities);
        return entities;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void everyKindOfCallGoesToTheEntityStartedOnDemand() throws Exception {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());
        Account account = entities.ref("a").proxy(Account.class);
        assertThat(entities.liveCount()).isZero();

        account.deposit(5);
        account.deposit(7);

        assertThat(account.balance()).isEqualTo(12);
        assertThat(account.balanceLater().get(TIMEOUT)).isEqualTo(12);
        assertThat(account.balanceAsync().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(12);
        assertThat(account.describe()).isEqualTo("an account");
        assertThat(entities.liveKeys()).containsExactly("a");
        assertThat(entities.ref("b").proxy(Account.class).balance()).isZero();
    }

    @Test
    void callsReachTheNextIncarnationAfterAPassivation() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults().withIdleTimeout(Duration.ofMillis(20)));
        Account account = entities.ref("a").proxy(Account.class);
        account.deposit(5);

        await().atMost(TIMEOUT).until(() -> entities.passivations() == 1 && entities.liveCount() == 0);

        assertThat(account.balance()).isEqualTo(5);
    }

    @Test
    void theProxyIsCheckedWhenMadeWithoutStartingAnything() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());
        EntityRef<String, AccountEntity> ref = entities.ref("a");

        assertThatThrownBy(() -> ref.proxy(Lacks.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot proxy " + AccountEntity.class.getName() + " as " + Lacks.class.getName()
                        + ": no public method withdraw(int). Add public methods with these names and parameter types to the "
                        + "actor class, or remove them from the interface");
        assertThatThrownBy(() -> ref.proxy(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an interface");
        assertThat(entities.liveCount()).isZero();
    }

    @Test
    void proxiesAreEqualByEntityAndInterfaceAndNameTheEntity() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());
        Account account = entities.ref("a").proxy(Account.class);

        assertThat(account).isEqualTo(entities.ref("a").proxy(Account.class))
                .hasSameHashCodeAs(entities.ref("a").proxy(Account.class))
                .isNotEqualTo(entities.ref("b").proxy(Account.class));
        assertThat(account).hasToString("ActorProxy<Account> for EntityRef(AccountEntity, key=a)");
    }

    @Test
    void aVoidCallThatFailsIsLoggedOnceAndTheEntityLivesOn() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());
        Account account = entities.ref("a").proxy(Account.class);

        account.deposit(-1);
        account.deposit(3);

        assertThat(account.balance()).isEqualTo(3);
        assertThat(logs.awaitCount(Level.WARN, "a call whose result nobody waits for", 1)).hasSize(1);
    }

    @Test
    void aBlockingCallToItselfFromItsOwnHandlerFailsAtOnce() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());

        assertThatThrownBy(() -> entities.ref("a").proxy(Account.class).balanceOfItselfBlocking())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("AccountEntity (urn:uuid:")
                .hasMessageContaining("is waiting, inside its own handler, for a reply that only");
    }

    @Test
    void aBlockingCallThatRunsOutOfTheAskTimeoutNamesTheEntity() {
        Entities<String, AccountEntity> entities = entities(EntitySettings.defaults());
        registry.setAskTimeout(Duration.ofMillis(50));
        CountDownLatch gate = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> entities.ref("a").proxy(Account.class).waitFor(gate))
                    .isInstanceOf(ActorTimeoutException.class)
                    .hasMessage("EntityRef(AccountEntity, key=a) did not answer Account.waitFor within PT0.05S (the "
                            + "registry's ask timeout)");
        } finally {
            gate.countDown();
        }
    }
}
