package dev.actors.sample.web;

import java.net.URI;
import java.util.List;

import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.account.Account;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.account.Accounts;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.sample.bank.report.BankReports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over HTTP. Each handler is a plain blocking call on a typed interface proxy
 * ({@link Accounts}, {@link Account}, {@link Ledger}): the request thread waits for the
 * actor's reply, and the actor's exceptions reach {@link BankProblemHandler} as they are.
 */
@RestController
@RequestMapping("/api/accounts")
public class AccountController {

    private final Accounts accounts;

    private final Ledger ledger;

    private final BankReports reports;

    /**
     * Creates the controller.
     *
     * @param accounts the account directory, as a typed interface proxy
     * @param ledger the ledger, as a typed interface proxy
     * @param reports reads every account at once
     */
    public AccountController(Accounts accounts, Ledger ledger, BankReports reports) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.reports = reports;
    }

    /**
     * Opens an account, with an optional opening deposit.
     *
     * @param request the owner and the opening deposit
     * @return 201 with the account and its location
     */
    @PostMapping
    public ResponseEntity<AccountSnapshot> open(@RequestBody OpenAccountRequest request) {
        InvalidRequestException.requireText("owner", request.owner());
        Long initial = request.initialDepositCents();
        boolean opensWithDeposit = initial != null && initial != 0;
        if (opensWithDeposit) {
            InvalidRequestException.requireValidAmount("initialDepositCents", initial);
        }
        AccountHandle opened = accounts.open(request.owner());
        AccountSnapshot account = opensWithDeposit
                ? opened.account().deposit(initial, "opening deposit")
                : opened.account().snapshot();
        return ResponseEntity.created(URI.create("/api/accounts/" + opened.id())).body(account);
    }

    /**
     * Lists every account (read in parallel).
     *
     * @return the accounts, in opening order
     */
    @GetMapping
    public List<AccountSnapshot> list() {
        return reports.snapshots();
    }

    /**
     * Reads one account.
     *
     * @param id the account id
     * @return the account
     */
    @GetMapping("/{id}")
    public AccountSnapshot get(@PathVariable String id) {
        return accounts.require(id).account().snapshot();
    }

    /**
     * Reads one account's ledger entries.
     *
     * @param id the account id
     * @return its entries, oldest first
     */
    @GetMapping("/{id}/entries")
    public List<LedgerEntry> entries(@PathVariable String id) {
        accounts.require(id);
        return ledger.entriesOf(id);
    }

    /**
     * Pays money in.
     *
     * @param id the account id
     * @param request the amount and a reference
     * @return the account after the deposit
     */
    @PostMapping("/{id}/deposits")
    public AccountSnapshot deposit(@PathVariable String id, @RequestBody MoneyMovementRequest request) {
        long amount = InvalidRequestException.requireValidAmount("amountCents", request.amountCents());
        return accounts.require(id).account().deposit(amount, referenceOr(request, "deposit"));
    }

    /**
     * Pays money out.
     *
     * @param id the account id
     * @param request the amount and a reference
     * @return the account after the withdrawal
     */
    @PostMapping("/{id}/withdrawals")
    public AccountSnapshot withdraw(@PathVariable String id, @RequestBody MoneyMovementRequest request) {
        long amount = InvalidRequestException.requireValidAmount("amountCents", request.amountCents());
        return accounts.require(id).account().withdraw(amount, referenceOr(request, "withdrawal"));
    }

    /**
     * Freezes an account: it refuses deposits, withdrawals and transfers.
     *
     * @param id the account id
     * @return the account, frozen
     */
    @PostMapping("/{id}/freeze")
    public AccountSnapshot freeze(@PathVariable String id) {
        return accounts.require(id).account().freeze();
    }

    /**
     * Unfreezes an account.
     *
     * @param id the account id
     * @return the account, not frozen
     */
    @PostMapping("/{id}/unfreeze")
    public AccountSnapshot unfreeze(@PathVariable String id) {
        return accounts.require(id).account().unfreeze();
    }

    private static String referenceOr(MoneyMovementRequest request, String fallback) {
        return request.reference() == null || request.reference().isBlank() ? fallback : request.reference().strip();
    }
}
