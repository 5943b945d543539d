package lv.pietura.eaddress;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;

/**
 * Checks the credentials of a person's or company's e-address holder for the form sign-in of the demo.
 * {@code @PermitAll} on purpose: it is what signing in asks before anyone is signed in.
 */
@Stateless
@PermitAll
public class HolderSignIn {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** Whether {@code address} names a person's or company's e-address rather than a staff user name. */
    public static boolean looksLikeAnAddress(String address) {
        String clean = address == null ? "" : address.strip();
        return clean.matches("\\d{6}-?\\d{5}") || clean.toUpperCase(java.util.Locale.ROOT).matches("_DEFAULT@\\d{11}");
    }

    /** The account's address when the password is right and the e-address activated; empty otherwise. */
    public Optional<String> check(String address, char[] password) {
        Optional<EAddressAccount> account = accounts.byAddress(address)
                .filter(a -> a.kind() != AccountKind.INSTITUTION);
        boolean valid = account.map(a -> a.signsInWith(password)).orElseGet(() -> {
            lv.pietura.organisation.PasswordHash.verifyNothing(password);
            return false;
        });
        String name = account.map(EAddressAccount::address).orElse(address == null ? "" : address.strip());
        audit.record(new Actor(name, null), valid ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED, "EAddressAccount",
                account.map(EAddressAccount::id).orElse(null), null, valid ? "e-address holder" : "e-address holder refused");
        return valid ? account.map(EAddressAccount::address) : Optional.empty();
    }

    /**
     * A person the identity provider has vouched for by their personal code (single sign-on): the address
     * when their e-address is activated; empty otherwise. Audited as the form's sign-in is.
     */
    public Optional<String> federated(String personalCode) {
        Optional<EAddressAccount> account = accounts.byAddress(personalCode)
                .filter(a -> a.kind() == AccountKind.PERSON && a.activated());
        String name = account.map(EAddressAccount::address).orElse(personalCode == null ? "" : personalCode.strip());
        audit.record(new Actor(name, null), account.isPresent() ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
                "EAddressAccount", account.map(EAddressAccount::id).orElse(null), null,
                account.isPresent() ? "e-address holder, single sign-on" : "e-address holder refused, single sign-on");
        return account.map(EAddressAccount::address);
    }
}
