package lv.pietura.training;

/** The journeys a trainee goes through in the sandbox, in their usual order. */
public enum TrainingJourney {
    /** Registered a case at a centre (a consultant). */
    REGISTERED,
    /** Took, assigned, suspended, resumed or extended a case (a specialist). */
    HANDLED,
    /** Completed or refused a case. */
    COMPLETED,
    /** Sent an e-address message. */
    SENT,
    /** Opened a message that arrived in the institution's mailbox. */
    READ
}
