package dev.actors.sample.bank.numbering;

/**
 * Hands out the numbers of account ids ({@code ACC-n}) and transfer ids ({@code TRF-n}): each
 * number of a series once, from 1. {@link LocalSerialNumbers} counts in this process;
 * {@link ClusterSerialNumbers} (the {@code cluster} profile) across the cluster, so two replicas
 * never give out the same id. Thread-safe.
 */
public interface SerialNumbers {

    /**
     * The next number of a series.
     *
     * @param series the series ({@code "account"}, {@code "transfer"})
     * @return a number no caller got before for this series, at least 1
     */
    long next(String series);
}
