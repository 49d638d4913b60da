package dev.actors.sample.web;

import java.util.List;

import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Opens three accounts at startup (ACC-1 Alice, ACC-2 Bob, ACC-3 Carol, each with
 * 1,000.00) so that the README's {@code curl} lines work on a fresh start, then logs where
 * the bank listens. Off with {@code bank.demo-accounts=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "bank.demo-accounts", matchIfMissing = true)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private static final long OPENING_DEPOSIT_CENTS = 100_000;

    private final Accounts accounts;

    private final Environment environment;

    /**
     * Creates the runner.
     *
     * @param accounts the account directory, as a typed interface proxy
     * @param environment to read the port the server listens on
     */
    public DemoAccounts(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String owner : List.of("Alice", "Bob", "Carol")) {
            AccountHandle opened = accounts.open(owner);
            opened.account().deposit(OPENING_DEPOSIT_CENTS, "opening deposit");
        }
        String port = environment.getProperty("local.server.port", "?");
        log.info("Bank open on http://localhost:{} with demo accounts ACC-1..ACC-3; try: curl -s "
                + "http://localhost:{}/api/accounts", port, port);
    }
}
