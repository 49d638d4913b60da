package dev.actors.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small bank whose state lives in actors: one actor per account, a transfer coordinator,
 * a ledger, a notifier and a pool of risk scorers, served as a JSON REST API.
 *
 * <p>Run it from the repository root with {@code ./mvnw -pl sample-app -am spring-boot:run}.
 */
@SpringBootApplication
public class BankApplication {

    /** Created by Spring as the application's configuration class. */
    public BankApplication() {
    }

    /**
     * Starts the bank.
     *
     * @param args Spring Boot command-line arguments (e.g. {@code --server.port=9090})
     */
    public static void main(String[] args) {
        SpringApplication.run(BankApplication.class, args);
    }
}
