package lv.pietura.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import lv.pietura.eaddress.HolderSignIn;
import lv.pietura.organisation.SignIn;
import lv.pietura.organisation.SignInResult;

/** Staff credentials, checked by the {@code SignIn} facade (which also counts failures and audits). */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (HolderSignIn.looksLikeAnAddress(credential.getCaller())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT; // an e-address holder: HolderIdentityStore
        }
        SignInResult result =
                signIn.signIn(credential.getCaller(), credential.getPassword().getValue());
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
