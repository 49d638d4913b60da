package dev.actors.sample.bank.account;

import java.util.Comparator;

/** Account ids ({@code ACC-n}) in opening order: by their number, which a map's keys do not keep. */
public final class AccountIds {

    /** Orders {@code ACC-2} before {@code ACC-10}; ids without a number after the others, by name. */
    public static final Comparator<String> OPENING_ORDER = Comparator.comparingLong(AccountIds::numberOf)
            .thenComparing(Comparator.naturalOrder());

    private AccountIds() {
    }

    private static long numberOf(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return Long.parseLong(id.substring(dash + 1));
        }
        catch (NumberFormatException notNumbered) {
            return Long.MAX_VALUE;
        }
    }
}
