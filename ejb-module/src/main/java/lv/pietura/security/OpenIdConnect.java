package lv.pietura.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RoleNames;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on with an OpenID Connect provider (Keycloak, Latvija.lv, an institution's own), switched on
 * by configuration: {@code pietura.oidc.issuer} (environment {@code PIETURA_OIDC_ISSUER}) with the client's
 * id and secret. Without an issuer nothing here runs and the sign-in form is the only way in.
 * <p>
 * The authorisation code flow with PKCE: {@value #START} sends the visitor to the provider with a fresh
 * state and nonce kept in their session; the provider sends them back to {@value #RETURN} with a code,
 * which is exchanged for an ID token over the back channel. The token is accepted only when signed by one
 * of the provider's published keys, issued by the configured issuer for this client, unexpired and
 * carrying the session's nonce. Its claims then become a Pietura identity:
 * <ul>
 *   <li>staff: user name ({@code preferred_username}), institution by registration number and roles from
 *   the claims named by {@code pietura.oidc.claims.*}, with {@code pietura.oidc.role-map} translating the
 *   provider's role names ({@code provider-role=PIETURA_ROLE,...}; by default the names are Pietura's own).
 *   the organisation keeps the account in step with the token ({@link StaffIdentities#federated});</li>
 *   <li>e-address holders: a token with a personal code and no staff role signs its person in to their
 *   activated mailbox ({@link HolderIdentities#federated}, answered by the e-address).</li>
 * </ul>
 */
@ApplicationScoped
public class OpenIdConnect {

    /** Where the sign-in page's single sign-on button leads. */
    public static final String START = "/login/sso";
    /** Where the provider sends the visitor back (register it with the provider as the redirect URI). */
    public static final String RETURN = "/login/sso/return";
    /** Why a single sign-on did not let the visitor in: the sign-in page's {@code sso} parameter. */
    public static final String FAILED = "FAILED";

    private static final Logger LOG = Logger.getLogger(OpenIdConnect.class.getName());
    private static final String PENDING = OpenIdConnect.class.getName() + ".pending";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The roles a token may give: every staff role but the e-service portal's, which has no person. */
    private static final Set<String> MAPPABLE = Set.of(
            RoleNames.PLATFORM_ADMIN,
            RoleNames.INSTITUTION_ADMIN,
            RoleNames.SERVICE_MANAGER,
            RoleNames.CLERK,
            RoleNames.SPECIALIST,
            RoleNames.SUPERVISOR);

    @Inject
    PublicAddress address;

    @Inject
    @ConfigProperty(name = "pietura.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "pietura.oidc.client-id", defaultValue = "pietura")
    String clientId;

    @Inject
    @ConfigProperty(name = "pietura.oidc.client-secret")
    Optional<String> clientSecret; // an empty default would fail injection when single sign-on is off

    @Inject
    @ConfigProperty(name = "pietura.oidc.claims.roles", defaultValue = "pietura_roles")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "pietura.oidc.claims.institution", defaultValue = "pietura_institution")
    String institutionClaim;

    @Inject
    @ConfigProperty(name = "pietura.oidc.claims.centre", defaultValue = "pietura_centre")
    String centreClaim;

    @Inject
    @ConfigProperty(name = "pietura.oidc.claims.personal-code", defaultValue = "personal_code")
    String personalCodeClaim;

    /** The claim naming the registration numbers of the companies the person may represent (may be absent). */
    @Inject
    @ConfigProperty(name = "pietura.oidc.claims.represents", defaultValue = "pietura_represents")
    String representsClaim;

    @Inject
    @ConfigProperty(name = "pietura.oidc.role-map")
    Optional<String> roleMap;

    @Inject
    StaffIdentities staff;

    @Inject
    HolderIdentities holders;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Provider provider;

    /** The provider's endpoints and keys, read once from its discovery document. */
    private record Provider(String authorization, String token, JWKSource<SecurityContext> keys) {}

    /** What the session remembers between leaving for the provider and coming back. */
    private record Pending(String state, String nonce, String verifier) implements Serializable {}

    public boolean enabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    /** Sends the visitor to the provider's sign-in. */
    public AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context) {
        Provider endpoints;
        try {
            endpoints = provider();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The OpenID Connect provider " + issuer.orElse("") + " cannot be reached", e);
            return backToSignIn(request, context, FAILED);
        }
        Pending pending = new Pending(random(), random(), random());
        request.getSession(true).setAttribute(PENDING, pending);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", returnAddress());
        query.put("scope", "openid profile email");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", challenge(pending.verifier()));
        query.put("code_challenge_method", "S256");
        return context.redirect(
                endpoints.authorization() + (endpoints.authorization().contains("?") ? "&" : "?") + form(query));
    }

    /**
     * The provider's answer: on success the caller is signed in and the request goes on to the page that
     * sends them home; otherwise back to the sign-in page, which says why.
     */
    public AuthenticationStatus finish(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            LOG.warning("A single sign-on came back without the state this session sent");
            return backToSignIn(request, context, FAILED);
        }
        session.removeAttribute(PENDING);
        String code = request.getParameter("code");
        if (code == null) {
            String error = String.valueOf(request.getParameter("error"));
            // the provider's word, as the visitor's browser brought it: no control characters into the log
            LOG.info("The OpenID Connect provider answered "
                    + error.replaceAll("\\p{Cntrl}", "?").substring(0, Math.min(error.length(), 100)));
            return backToSignIn(request, context, FAILED);
        }
        JWTClaimsSet claims;
        try {
            claims = verified(exchange(code, pending.verifier(), request), pending.nonce());
        } catch (IOException | ParseException | BadJOSEException | JOSEException | JsonException e) {
            LOG.log(Level.WARNING, "A single sign-on's token was refused", e);
            return backToSignIn(request, context, FAILED);
        }
        request.changeSessionId(); // a session id planted before sign-in is worthless after it
        Set<String> roles = roles(claims);
        String personalCode = text(claims, personalCodeClaim);
        Admission admission = roles.isEmpty() && personalCode != null
                ? holders.federated(personalCode, fullName(claims), represents(claims))
                : staff.federated(new FederatedStaff(
                        text(claims, "preferred_username"),
                        fullName(claims),
                        text(claims, "email"),
                        text(claims, institutionClaim),
                        centre(claims),
                        roles));
        return admission.admitted()
                ? context.notifyContainerAboutLogin(admission.caller(), admission.roles())
                : backToSignIn(request, context, admission.refusal());
    }

    private AuthenticationStatus backToSignIn(HttpServletRequest request, HttpMessageContext context, String reason) {
        return context.redirect(request.getContextPath() + "/login?sso=" + reason);
    }

    private String exchange(String code, String verifier, HttpServletRequest request)
            throws IOException, JsonException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", returnAddress());
        body.put("code_verifier", verifier);
        String basic = Base64.getEncoder()
                .encodeToString(
                        (encode(clientId) + ":" + encode(clientSecret.orElse(""))).getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(URI.create(provider().token()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response = send(post);
        if (response.statusCode() != 200) {
            throw new IOException("The token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject answer = json(response.body());
        if (!answer.containsKey("id_token")) {
            throw new IOException("The token endpoint's answer has no ID token");
        }
        return answer.getString("id_token");
    }

    private JWTClaimsSet verified(String idToken, String nonce)
            throws IOException, ParseException, BadJOSEException, JOSEException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256),
                provider().keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                clientId,
                new JWTClaimsSet.Builder()
                        .issuer(issuer.orElseThrow())
                        .claim("nonce", nonce)
                        .build(),
                Set.of("sub", "iat", "exp")));
        return processor.process(idToken, null);
    }

    private Provider provider() throws IOException {
        Provider known = provider;
        if (known == null) {
            String base = issuer.orElseThrow().replaceAll("/+$", "");
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(base + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build());
            if (response.statusCode() != 200) {
                throw new IOException("The provider's discovery document answered " + response.statusCode());
            }
            try {
                JsonObject document = json(response.body());
                known = new Provider(
                        document.getString("authorization_endpoint"),
                        document.getString("token_endpoint"),
                        JWKSourceBuilder.create(new URL(document.getString("jwks_uri")))
                                .retrying(true)
                                .build());
            } catch (JsonException | NullPointerException | ClassCastException e) {
                throw new IOException("The provider's discovery document is not usable", e);
            }
            provider = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The token's roles in Pietura's terms; names that map to nothing are left out. */
    Set<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(rolesClaim);
        List<?> names = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        Map<String, String> map = roleMap();
        Set<String> roles = new HashSet<>();
        for (Object name : names) {
            String key = String.valueOf(name).strip();
            String mapped = map.isEmpty() ? key.toUpperCase(Locale.ROOT).replace('-', '_') : map.get(key);
            if (mapped != null && MAPPABLE.contains(mapped)) {
                roles.add(mapped);
            }
        }
        return roles;
    }

    /** The registration numbers the token says the person may represent: up to 100 of them, as text. */
    Set<String> represents(JWTClaimsSet claims) {
        Object value = claims.getClaim(representsClaim);
        List<?> numbers = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        Set<String> texts = new HashSet<>();
        for (Object number : numbers.subList(0, Math.min(numbers.size(), 100))) {
            texts.add(String.valueOf(number).strip());
        }
        return texts;
    }

    private Map<String, String> roleMap() {
        Map<String, String> map = new HashMap<>();
        roleMap.ifPresent(text -> Arrays.stream(text.split(","))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2)
                .forEach(pair -> map.put(pair[0].strip(), pair[1].strip().toUpperCase(Locale.ROOT))));
        return map;
    }

    private Long centre(JWTClaimsSet claims) {
        String value = text(claims, centreClaim);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fullName(JWTClaimsSet claims) {
        String name = text(claims, "name");
        if (name != null) {
            return name;
        }
        String joined = Arrays.asList(text(claims, "given_name"), text(claims, "family_name")).stream()
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? text(claims, "preferred_username") : joined;
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null || String.valueOf(value).isBlank()
                ? null
                : String.valueOf(value).strip();
    }

    private String returnAddress() {
        return address.of(RETURN);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
