package dev.actors.sample;

import java.util.Map;

import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.report.BankSummary;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank's REST API as the tests call it: JSON in, raw responses out. Thread-safe. */
final class BankApiClient {

    private final TestRestTemplate http;

    BankApiClient(TestRestTemplate http) {
        this.http = http;
    }

    AccountSnapshot open(String owner, long initialDepositCents) {
        ResponseEntity<AccountSnapshot> response = http.postForEntity("/api/accounts",
                Map.of("owner", owner, "initialDepositCents", initialDepositCents), AccountSnapshot.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    ResponseEntity<String> deposit(String accountId, long amountCents) {
        return post("/api/accounts/" + accountId + "/deposits", Map.of("amountCents", amountCents));
    }

    ResponseEntity<String> withdraw(String accountId, long amountCents) {
        return post("/api/accounts/" + accountId + "/withdrawals", Map.of("amountCents", amountCents));
    }

    ResponseEntity<String> transfer(String fromAccountId, String toAccountId, long amountCents) {
        return post("/api/transfers",
                Map.of("fromAccountId", fromAccountId, "toAccountId", toAccountId, "amountCents", amountCents));
    }

    ResponseEntity<String> post(String path, Object body) {
        return http.postForEntity(path, body, String.class);
    }

    ResponseEntity<String> postRaw(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    AccountSnapshot account(String accountId) {
        ResponseEntity<AccountSnapshot> response = http.getForEntity("/api/accounts/" + accountId,
                AccountSnapshot.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    BankSummary summary() {
        ResponseEntity<BankSummary> response = http.getForEntity("/api/summary", BankSummary.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
