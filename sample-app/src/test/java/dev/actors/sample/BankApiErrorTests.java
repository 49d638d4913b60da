package dev.actors.sample;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.sample.bank.account.AccountSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a 4xx problem-detail body naming what is wrong, and leaves the accounts
 * and the ledger exactly as they were.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bank.demo-accounts=false")
@AutoConfigureTestRestTemplate
class BankApiErrorTests {

    @Autowired
    private TestRestTemplate http;

    private BankApiClient bank;

    private String alice;

    private String bob;

    @BeforeEach
    void openAccounts() {
        bank = new BankApiClient(http);
        alice = bank.open("Alice", 10_000).id();
        bob = bank.open("Bob", 10_000).id();
    }

    @Test
    void unknownAccountIs404() {
        assertProblem(bank.get("/api/accounts/ACC-999999"), HttpStatus.NOT_FOUND, "ACC-999999");
        assertProblem(bank.deposit("ACC-999999", 100), HttpStatus.NOT_FOUND, "ACC-999999");
        assertProblem(bank.transfer(alice, "ACC-999999", 100), HttpStatus.NOT_FOUND, "ACC-999999");
        assertProblem(bank.get("/api/accounts/ACC-999999/entries"), HttpStatus.NOT_FOUND, "ACC-999999");
        assertUnchanged();
    }

    @Test
    void unknownTransferIs404() {
        DocumentContext problem = assertProblem(bank.get("/api/transfers/TRF-999999"), HttpStatus.NOT_FOUND,
                "No transfer has the id 'TRF-999999'");
        assertThat(problem.<String>read("$.transferId")).isEqualTo("TRF-999999");
        assertUnchanged();
    }

    @Test
    void malformedOrIncompleteJsonIs400() {
        assertProblem(bank.postRaw("/api/accounts/" + alice + "/deposits", "{\"amountCents\":"),
                HttpStatus.BAD_REQUEST, "not the expected JSON");
        assertProblem(bank.postRaw("/api/transfers", "[1, 2]"), HttpStatus.BAD_REQUEST, "not the expected JSON");
        assertProblem(bank.postRaw("/api/accounts/" + alice + "/deposits", "{\"amountCents\":\"ten\"}"),
                HttpStatus.BAD_REQUEST, "not the expected JSON");
        assertProblem(bank.postRaw("/api/accounts/" + alice + "/deposits", "{}"), HttpStatus.BAD_REQUEST,
                "'amountCents' is required");
        assertProblem(bank.postRaw("/api/accounts", "{\"owner\":\" \"}"), HttpStatus.BAD_REQUEST, "'owner'");
        assertUnchanged();
    }

    @Test
    void nonPositiveOrHugeAmountsAre400() {
        assertProblem(bank.deposit(alice, -5), HttpStatus.BAD_REQUEST, "was -5");
        assertProblem(bank.withdraw(alice, 0), HttpStatus.BAD_REQUEST, "was 0");
        assertProblem(bank.transfer(alice, bob, -1), HttpStatus.BAD_REQUEST, "was -1");
        assertProblem(bank.deposit(alice, Long.MAX_VALUE), HttpStatus.BAD_REQUEST, "'amountCents' must be");
        assertProblem(bank.post("/api/accounts", Map.of("owner", "Eve", "initialDepositCents", -100)),
                HttpStatus.BAD_REQUEST, "'initialDepositCents'");
        assertProblem(bank.transfer(alice, alice, 100), HttpStatus.BAD_REQUEST, "two different accounts");
        assertUnchanged();
    }

    @Test
    void insufficientFundsIs409AndMovesNothing() {
        ResponseEntity<String> response = bank.transfer(alice, bob, 10_001);
        DocumentContext problem = assertProblem(response, HttpStatus.CONFLICT, "nothing was debited");
        assertThat(problem.<Integer>read("$.balanceCents")).isEqualTo(10_000);
        assertThat(problem.<Integer>read("$.requestedCents")).isEqualTo(10_001);
        assertProblem(bank.withdraw(bob, 10_001), HttpStatus.CONFLICT, "less than the 10001 cents");
        assertUnchanged();
    }

    @Test
    void aFrozenPayeeRefusesTheCreditAndTheDebitIsReversed() {
        assertThat(bank.post("/api/accounts/" + bob + "/freeze", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertProblem(bank.transfer(alice, bob, 2_500), HttpStatus.CONFLICT, "is frozen");
        assertProblem(bank.deposit(bob, 1), HttpStatus.CONFLICT, "is frozen");

        assertThat(bank.account(alice).balanceCents()).isEqualTo(10_000);
        DocumentContext entries = JsonPath.parse(bank.get("/api/accounts/" + alice + "/entries").getBody());
        assertThat(entries.<List<String>>read("$[*].type"))
                .containsExactly("DEPOSIT", "TRANSFER_OUT", "REVERSAL");
        String reversed = entries.<String>read("$[2].reference").replace(" reversed", "");
        DocumentContext journaled = JsonPath.parse(bank.get("/api/transfers/" + reversed).getBody());
        assertThat(journaled.<String>read("$.status")).isEqualTo("REVERSED");
        assertThat(journaled.<String>read("$.outcome")).contains("is frozen");
        assertThat(bank.post("/api/accounts/" + bob + "/unfreeze", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(bank.transfer(alice, bob, 2_500).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bank.account(bob).balanceCents()).isEqualTo(12_500);
        assertThat(bank.summary().ledgerMatchesAccounts()).isTrue();
    }

    private void assertUnchanged() {
        AccountSnapshot a = bank.account(alice);
        AccountSnapshot b = bank.account(bob);
        assertThat(a.balanceCents()).isEqualTo(10_000);
        assertThat(b.balanceCents()).isEqualTo(10_000);
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.version()).isEqualTo(1);
        assertThat(bank.summary().ledgerMatchesAccounts()).isTrue();
    }

    private static DocumentContext assertProblem(ResponseEntity<String> response, HttpStatus status,
            String detailFragment) {
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.toString()).isTrue();
        DocumentContext problem = JsonPath.parse(response.getBody());
        assertThat(problem.<Integer>read("$.status")).isEqualTo(status.value());
        assertThat(problem.<String>read("$.detail")).contains(detailFragment);
        return problem;
    }
}
