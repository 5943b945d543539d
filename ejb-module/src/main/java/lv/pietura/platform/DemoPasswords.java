package lv.pietura.platform;

/** How the demo's accounts get their published password ({@link OrganisationDemo#PASSWORD}). */
public enum DemoPasswords {
    /** Usable as published: only on the README's run command, a server reachable from its own machine only. */
    PUBLISHED,
    /**
     * A temporary password: staff must choose their own at the first sign-in, and the demo's e-address holders
     * get none (they sign in through single sign-on). Everywhere else the demo is loaded.
     */
    TEMPORARY
}
