package lv.pietura.security;

/**
 * The e-address holders as single sign-on sees them. Implemented by the e-address area, which keeps
 * their accounts, so that nothing here reaches up into it.
 */
public interface HolderIdentities {

    /**
     * A person the identity provider has vouched for by their personal code (and names): signed in with their
     * address, whether or not their e-address is activated yet (activating it is theirs to do once in). {@code
     * represents}: the registration numbers of the companies the provider says the person may represent (its claim;
     * empty when it names none), whose e-addresses the person then works.
     */
    Admission federated(String personalCode, String name, java.util.Set<String> represents);
}
