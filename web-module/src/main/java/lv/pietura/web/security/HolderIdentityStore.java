package lv.pietura.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import lv.pietura.eaddress.HolderSignIn;
import lv.pietura.shared.RoleNames;

/**
 * Persons and companies signing in to their own e-address mailbox with their personal code or
 * {@code _DEFAULT@<registration number>} (the demo's form; production uses OpenID Connect). Staff user
 * names are left to {@link StaffIdentityStore}.
 */
@ApplicationScoped
public class HolderIdentityStore implements IdentityStore {

    @EJB
    HolderSignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (!HolderSignIn.looksLikeAnAddress(credential.getCaller())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.check(credential.getCaller(), credential.getPassword().getValue())
                .map(address -> new CredentialValidationResult(address, Set.of(RoleNames.EADDRESS_HOLDER)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
