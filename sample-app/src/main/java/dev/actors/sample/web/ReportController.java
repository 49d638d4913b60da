package dev.actors.sample.web;

import dev.actors.sample.bank.report.BankReports;
import dev.actors.sample.bank.report.BankSummary;
import dev.actors.sample.bank.report.RiskReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bank-wide reads, each fanned out over many actors by {@link BankReports}. */
@RestController
@RequestMapping("/api")
public class ReportController {

    private final BankReports reports;

    /**
     * Creates the controller.
     *
     * @param reports the reports service
     */
    public ReportController(BankReports reports) {
        this.reports = reports;
    }

    /**
     * The bank at a glance, checked against the ledger.
     *
     * @return the summary
     */
    @GetMapping("/summary")
    public BankSummary summary() {
        return reports.summary();
    }

    /**
     * Every account's fraud-risk score, computed in parallel by the scorer pool.
     *
     * @return the report
     */
    @GetMapping("/risk-report")
    public RiskReport riskReport() {
        return reports.riskReport();
    }
}
