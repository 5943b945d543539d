package lv.pietura.security;

import java.util.Set;

/**
 * What an area that keeps accounts answers when the identity provider has vouched for someone
 * ({@link OpenIdConnect}): the caller and roles to sign in with, or the reason (a name the sign-in page
 * explains) why not.
 */
public record Admission(String caller, Set<String> roles, String refusal) {

    public Admission {
        roles = Set.copyOf(roles);
    }

    public static Admission of(String caller, Set<String> roles) {
        return new Admission(caller, roles, null);
    }

    public static Admission refused(String reason) {
        return new Admission(null, Set.of(), reason);
    }

    public boolean admitted() {
        return refusal == null;
    }
}
