package lv.pietura.eaddress;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.SignInOutcome;
import lv.pietura.security.Admission;
import lv.pietura.security.HolderIdentities;
import lv.pietura.security.PasswordHash;
import lv.pietura.shared.EAddress;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RoleNames;
import lv.pietura.shared.RuleViolation;

/**
 * Checks the credentials of a person's or company's e-address holder for the form sign-in of the demo.
 * {@code @PermitAll} on purpose: it is what signing in asks before anyone is signed in. Single sign-on
 * ({@code lv.pietura.security}) reaches the holders through it ({@link HolderIdentities}).
 */
@Stateless
@LocalBean
@Local(HolderIdentities.class)
@PermitAll
public class HolderSignIn implements HolderIdentities {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Holders holders;

    @Inject
    Clock clock;

    /** Whether {@code address} names a person's or company's e-address rather than a staff user name. */
    public static boolean looksLikeAnAddress(String address) {
        return EAddress.isOne(address);
    }

    /** The account's address when the password is right (activated or not: holders sign in to activate); empty otherwise. */
    public Optional<String> check(String address, char[] password) {
        Optional<EAddressAccount> account =
                accounts.byAddress(address).filter(a -> a.kind() != AccountKind.INSTITUTION);
        boolean valid = account.map(a -> a.signsInWith(password)).orElseGet(() -> {
            PasswordHash.verifyNothing(password);
            return false;
        });
        return audited(valid ? account : Optional.empty(), account, address, "");
    }

    /**
     * A person the identity provider has vouched for by their personal code (single sign-on): signed in with their
     * address, their account made on the first sign-in (not activated: that is theirs to do). A code that is not a
     * valid personal code is refused. Audited as the form's sign-in is. The companies the provider says the person
     * may represent are represented from now on, those it no longer names not (audited when that changes); a number
     * that is no registration number or names no company of the catalogue is passed over.
     */
    @Override
    public Admission federated(String personalCode, String name, Set<String> represents) {
        Optional<EAddressAccount> account;
        try {
            account = accounts.byAddress(personalCode)
                    .filter(a -> a.kind() == AccountKind.PERSON)
                    .or(() -> Optional.of(accounts.add(EAddressAccount.ofPerson(
                            personalCode,
                            name == null || name.isBlank() ? personalCode : name,
                            false,
                            clock.instant()))));
        } catch (RuleViolation notAPersonalCode) {
            account = Optional.empty();
        }
        account.ifPresent(person -> {
            String changed = holders.claimed(person, registrationNumbers(represents), clock.instant());
            if (!changed.isEmpty()) {
                audit.record(
                        new Actor(person.address(), null),
                        AuditAction.UPDATE,
                        "Representation",
                        null,
                        null,
                        "the identity provider's claim: " + changed,
                        person.identifier());
            }
        });
        return audited(account, account, personalCode, ", single sign-on")
                .map(address -> Admission.of(address, Set.of(RoleNames.EADDRESS_HOLDER)))
                .orElseGet(() -> Admission.refused(SignInOutcome.NOT_MAPPED.name()));
    }

    private static Set<String> registrationNumbers(Set<String> claimed) {
        Set<String> numbers = new java.util.HashSet<>();
        for (String text : claimed) {
            try {
                numbers.add(RegistrationNumber.of(text, "represents").value());
            } catch (RuleViolation notANumber) {
                // not a registration number: nothing to represent
            }
        }
        return numbers;
    }

    /** Records the attempt on the account asked for ({@code found}, if any); the address when {@code admitted}. */
    private Optional<String> audited(
            Optional<EAddressAccount> admitted, Optional<EAddressAccount> found, String asked, String how) {
        String name = found.map(EAddressAccount::address).orElse(asked == null ? "" : asked.strip());
        audit.record(
                new Actor(name, null),
                admitted.isPresent() ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
                "EAddressAccount",
                found.map(EAddressAccount::id).orElse(null),
                null,
                (admitted.isPresent() ? "e-address holder" : "e-address holder refused") + how);
        return admitted.map(EAddressAccount::address);
    }
}
