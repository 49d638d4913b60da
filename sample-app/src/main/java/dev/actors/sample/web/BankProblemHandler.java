package dev.actors.sample.web;

import dev.actors.ActorDeadException;
import dev.actors.ActorTimeoutException;
import dev.actors.cluster.hazelcast.EntityUnreachableException;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.AccountNotFoundException;
import dev.actors.sample.bank.AccountNotSavedException;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.TransferInDoubtException;
import dev.actors.sample.bank.TransferNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals into RFC 9457 problem details ({@code application/problem+json}): the
 * bank's exceptions, thrown inside actors and rethrown by the proxies as they are, and, by
 * inheritance from {@link ResponseEntityExceptionHandler}, Spring MVC's own errors
 * (malformed JSON, unknown paths, wrong methods).
 */
@RestControllerAdvice
public class BankProblemHandler extends ResponseEntityExceptionHandler {

    /** Creates the handler. */
    public BankProblemHandler() {
    }

    /**
     * 404 for an unknown account.
     *
     * @param ex the refusal
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail accountNotFound(AccountNotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Account not found", ex);
        problem.setProperty("accountId", ex.accountId());
        return problem;
    }

    /**
     * 404 for an unknown transfer.
     *
     * @param ex the refusal
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail transferNotFound(TransferNotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Transfer not found", ex);
        problem.setProperty("transferId", ex.transferId());
        return problem;
    }

    /**
     * 503 when a transfer's account did not answer: the transfer is journaled and will be finished.
     *
     * @param ex the failure
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail transferInDoubt(TransferInDoubtException ex) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Transfer in doubt", ex);
        problem.setProperty("transferId", ex.transferId());
        return problem;
    }

    /**
     * 409 when the balance is too small.
     *
     * @param ex the refusal
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail insufficientFunds(InsufficientFundsException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Insufficient funds", ex);
        problem.setProperty("accountId", ex.accountId());
        problem.setProperty("balanceCents", ex.balanceCents());
        problem.setProperty("requestedCents", ex.requestedCents());
        return problem;
    }

    /**
     * 409 when an account is frozen.
     *
     * @param ex the refusal
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail accountFrozen(AccountFrozenException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Account frozen", ex);
        problem.setProperty("accountId", ex.accountId());
        return problem;
    }

    /**
     * 400 for values the bank cannot accept.
     *
     * @param ex the refusal
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail invalidRequest(InvalidRequestException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex);
    }

    /**
     * 503 when an actor did not answer within {@code actors.ask-timeout}.
     *
     * @param ex the timeout
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail actorTimeout(ActorTimeoutException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "The bank is busy; retry later", ex);
    }

    /**
     * 503 when an actor the request needs has stopped (the application is shutting down).
     *
     * @param ex the failure
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail actorDead(ActorDeadException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Part of the bank is stopped", ex);
    }

    /**
     * 503 when an account could not save a change (its store failed): nothing was applied.
     *
     * @param ex the failure
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail accountNotSaved(AccountNotSavedException ex) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Account store unavailable; retry shortly", ex);
        problem.setProperty("accountId", ex.accountId());
        return problem;
    }

    /**
     * 503 when an account's replica left the cluster before answering, or the cluster is below its
     * minimum size ({@code cluster} profile): the account starts again on a live replica.
     *
     * @param ex the failure
     * @return the problem
     */
    @ExceptionHandler
    public ProblemDetail entityUnreachable(EntityUnreachableException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Part of the bank is unreachable; retry shortly", ex);
    }

    /**
     * 400 for a body that is missing or not valid JSON, with the parser's reason.
     *
     * @param ex the parse failure
     * @param headers the response headers
     * @param status 400
     * @param request the request
     * @return the problem response
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request body is missing or is not "
                + "the expected JSON object: " + firstLine(ex.getMostSpecificCause().getMessage()));
        problem.setTitle("Malformed request body");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String firstLine(String message) {
        return message == null ? "no details" : message.lines().findFirst().orElse(message);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
