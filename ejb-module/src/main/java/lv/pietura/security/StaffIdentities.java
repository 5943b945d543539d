package lv.pietura.security;

/**
 * The staff accounts as the sign-in mechanisms see them. Implemented by the organisation area, which
 * keeps the accounts; the mechanisms here never read an account themselves.
 */
public interface StaffIdentities {

    /** The account of this user name as it stands in the database now, or {@code null} (no such account). */
    AccountState stateOf(String username);

    /**
     * A member of staff the identity provider has vouched for: the account brought in step with the token
     * (made on the first sign-on), or why they may not sign in.
     */
    Admission federated(FederatedStaff staff);
}
