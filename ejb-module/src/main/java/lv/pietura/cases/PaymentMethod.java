package lv.pietura.cases;

/** How a client paid (or was paid back) at the centre. */
public enum PaymentMethod {
    CASH,
    CARD,
    /** A bank transfer, recorded with its reference. */
    BANK_TRANSFER
}
