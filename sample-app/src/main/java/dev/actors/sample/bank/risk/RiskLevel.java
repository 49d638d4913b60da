package dev.actors.sample.bank.risk;

/** How closely compliance should look at an account. */
public enum RiskLevel {

    /** Nothing unusual. */
    LOW,

    /** Worth a look. */
    MEDIUM,

    /** Review before the next large transfer. */
    HIGH
}
