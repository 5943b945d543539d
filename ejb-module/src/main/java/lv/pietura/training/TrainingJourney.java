package lv.pietura.training;

import java.util.EnumSet;
import java.util.Set;
import lv.pietura.organisation.Role;

/** The journeys a trainee goes through in the sandbox, in their usual order. */
public enum TrainingJourney {
    /** Registered a case at a centre (a consultant). */
    REGISTERED,
    /** Took, assigned, suspended, resumed or extended a case (a specialist). */
    HANDLED,
    /** Completed or refused a case (a specialist). */
    COMPLETED,
    /** Sent an e-address message (everyone: every trainee may use the sandbox's mailbox). */
    SENT,
    /** Opened a message that arrived in the institution's mailbox (everyone). */
    READ;

    /** The journeys a trainee in these roles has to go through: a consultant registers, a specialist handles. */
    public static Set<TrainingJourney> expectedOf(Set<Role> roles) {
        Set<TrainingJourney> expected = EnumSet.of(SENT, READ);
        if (roles.contains(Role.CLERK)) {
            expected.add(REGISTERED);
        }
        if (roles.contains(Role.SPECIALIST)) {
            expected.add(HANDLED);
            expected.add(COMPLETED);
        }
        return expected;
    }
}
