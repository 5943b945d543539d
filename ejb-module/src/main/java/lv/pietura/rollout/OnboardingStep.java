package lv.pietura.rollout;

/** The steps of an institution's onboarding, in their usual order; {@code automatic}: Pietura sees it done. */
public enum OnboardingStep {
    /** An agreement with the platform is concluded. */
    AGREEMENT(true),
    /** The institution's e-address account exists (made with the institution). */
    EADDRESS_ACCOUNT(true),
    /** An active institution administrator is appointed. */
    ADMINISTRATOR(true),
    /** At least one of its services is published and in force. */
    SERVICES_PUBLISHED(true),
    /** Its staff have accounts (more than the administrator). */
    STAFF_IMPORTED(true),
    /** Its staff have been trained (ticked by hand, or seen when every trainee of its sandbox did every journey). */
    STAFF_TRAINED(false),
    /** How it works with the e-address (who reads which mailbox, what goes where) is agreed and recorded. */
    EADDRESS_RULES(false),
    /** The day it goes live (may lie ahead). */
    GO_LIVE(false),
    /** Some of its staff have signed in. */
    STAFF_SIGNED_IN(true),
    /** Its first case is registered (by its centre or for its service). */
    FIRST_CASE(true);

    private final boolean automatic;

    OnboardingStep(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean automatic() {
        return automatic;
    }
}
