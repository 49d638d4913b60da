package dev.actors.sample.web;

import dev.actors.sample.bank.TransferNotFoundException;
import dev.actors.sample.bank.transfer.TransferJournal;
import dev.actors.sample.bank.transfer.TransferRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfer journal over HTTP: where a transfer is ({@code PENDING}, {@code DONE},
 * {@code REVERSED}, {@code FAILED}), read straight from the {@link TransferJournal} (a map, in
 * memory or the cluster's), not through the coordinator, so a read never waits behind transfers.
 */
@RestController
@RequestMapping("/api/transfers")
public class TransferJournalController {

    private final TransferJournal journal;

    /**
     * Creates the controller.
     *
     * @param journal the transfer journal
     */
    public TransferJournalController(TransferJournal journal) {
        this.journal = journal;
    }

    /**
     * Reads one transfer.
     *
     * @param id the transfer id, from its receipt
     * @return the journaled transfer
     */
    @GetMapping("/{id}")
    public TransferRecord get(@PathVariable String id) {
        return journal.find(id).orElseThrow(() -> new TransferNotFoundException(id));
    }
}
