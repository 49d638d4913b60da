package dev.actors.sample.web;

import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.transfer.TransferOrder;
import dev.actors.sample.bank.transfer.TransferReceipt;
import dev.actors.sample.bank.transfer.Transfers;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Transfers over HTTP, through the {@link Transfers} interface proxy of the coordinator actor. */
@RestController
@RequestMapping("/api/transfers")
public class TransferController {

    private final Transfers transfers;

    /**
     * Creates the controller.
     *
     * @param transfers the transfer coordinator, as a typed interface proxy
     */
    public TransferController(Transfers transfers) {
        this.transfers = transfers;
    }

    /**
     * Moves money between two accounts; all of it or none.
     *
     * @param request payer, payee and amount
     * @return the receipt
     */
    @PostMapping
    public TransferReceipt transfer(@RequestBody TransferRequest request) {
        long amount = InvalidRequestException.requireValidAmount("amountCents", request.amountCents());
        return transfers.transfer(new TransferOrder(request.fromAccountId(), request.toAccountId(), amount));
    }
}
