package lv.pietura.it;

import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.pietura.audit.AuditAction;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.MailboxRights;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.FormSignIn;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.shared.Clocks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server as an attacker meets it, over HTTP from inside the test deployment: sign-in that holds under
 * parallel guesses and tells no refusal from another, failures throttled per address, the API's checks made
 * before a body is read and every body limited, passwords that must change refused by the API and changes
 * that take effect at once, the security headers on every kind of response, the sign-in form's own token,
 * absolute links from the configured address only, and a menu with only what the user may open.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningIT {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 8080;
    private static final String BASE = "http://" + HOST + ":" + PORT + "/pietura";
    private static final String WRONG = "Nepareiza-parole-1";
    private static final String CHOSEN = "Izvēlēta parole 2026";
    private static final Pattern ERROR_MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Clocks clocks;

    @EJB
    MyAccount myAccount;

    @EJB
    StaffAdministration staff;

    @EJB
    MailboxRights mailboxRights;

    private static Tenant agency;
    private static Duration travelled = Duration.ZERO;
    private final HttpClient api =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void anAgency() {
        if (agency == null) {
            agency = world.institution("Drošības aģentūra", 310_100, InstitutionKind.STATE_BODY);
            world.staff("hd.admin", agency, null, Role.INSTITUTION_ADMIN);
            chosen("hd.admin", Role.INSTITUTION_ADMIN);
        }
    }

    @Test
    @Order(1)
    void twelveParallelWrongPasswordsLockTheAccountAfterFiveWereChecked() throws Exception {
        world.staff("hd.parallel", agency, null, Role.SPECIALIST);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return get("/api/me", "hd.parallel", WRONG).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(get("/api/me", "hd.parallel", TestWorld.PASSWORD).statusCode())
                .as("the right password after the lock")
                .isEqualTo(401);
        assertThat(world.count("select count(s) from StaffAccount s where s.username = 'hd.parallel'"
                        + " and s.lockedUntil is not null"))
                .isEqualTo(1);
        assertThat(audited(AuditAction.ACCOUNT_LOCKED, "hd.parallel", null)).isEqualTo(1);
        assertThat(audited(AuditAction.SIGN_IN_FAILED, "hd.parallel", null)).isEqualTo(13);
        assertThat(audited(AuditAction.SIGN_IN_FAILED, "hd.parallel", "BAD_CREDENTIALS"))
                .as("passwords checked before the lock, besides the one that locked it")
                .isEqualTo(4);
    }

    @Test
    @Order(2)
    void everyRefusedSignInGetsOneAnswerAndTakesAsLongAsAWrongPassword() throws Exception {
        forgetTheFailuresOfThisAddress();
        world.staff("hd.inactive", agency, null, Role.SPECIALIST);
        long inactive = world.count("select s.id from StaffAccount s where s.username = 'hd.inactive'");
        run("hd.admin", roles(Role.INSTITUTION_ADMIN), () -> staff.deactivate(inactive));
        Tenant expired = world.institutionWithoutAgreement("Bijusī drošības aģentūra", 310_200);
        world.staff("hd.expired", expired, null, Role.SPECIALIST);

        String unknown = refusal("hd.nobody", WRONG);
        assertThat(unknown).startsWith("200 ").hasSizeGreaterThan(20);
        assertThat(refusal("hd.parallel", TestWorld.PASSWORD))
                .as("locked, the right password")
                .isEqualTo(unknown);
        assertThat(refusal("hd.inactive", TestWorld.PASSWORD))
                .as("deactivated, the right password")
                .isEqualTo(unknown);
        assertThat(refusal("hd.expired", TestWorld.PASSWORD))
                .as("no agreement, the right password")
                .isEqualTo(unknown);
        assertThat(refusal("hd\u0000expired", TestWorld.PASSWORD))
                .as("a name no account can have (PostgreSQL refuses" + " the NUL character in text)")
                .isEqualTo(unknown);
        assertThat(get("/api/me", "hd\u0000expired", TestWorld.PASSWORD).statusCode())
                .as("the same name on the API")
                .isEqualTo(401);

        forgetTheFailuresOfThisAddress();
        long wrongPassword = medianMillis(() -> get("/api/me", "hd.nobody", WRONG));
        long locked = medianMillis(() -> get("/api/me", "hd.parallel", WRONG));
        assertThat(locked)
                .as("a locked account (%d ms) costs what an unknown one does (%d ms)", locked, wrongPassword)
                .isGreaterThan(wrongPassword / 2);
    }

    @Test
    @Order(3)
    void theApiRefusesAnAccountThatMustChangeItsPassword() throws Exception {
        forgetTheFailuresOfThisAddress();
        world.staff("hd.temporary", agency, null, Role.SPECIALIST);
        HttpResponse<String> answer = get("/api/me", "hd.temporary", TestWorld.PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("password-must-change").contains("pagaidu parole");

        chosen("hd.temporary", Role.SPECIALIST);
        assertThat(get("/api/me", "hd.temporary", CHOSEN).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aChangedPasswordOrADeactivationTakesEffectOnTheApiAtOnce() throws Exception {
        world.staff("hd.api", agency, null, Role.SPECIALIST);
        chosen("hd.api", Role.SPECIALIST);
        assertThat(get("/api/me", "hd.api", CHOSEN).statusCode())
                .as("checked, then remembered")
                .isEqualTo(200);
        assertThat(get("/api/me", "hd.api", CHOSEN).statusCode()).isEqualTo(200);

        run(
                "hd.api",
                roles(Role.SPECIALIST),
                () -> myAccount.changePassword(CHOSEN.toCharArray(), "Otra parole 2026 rudenī".toCharArray()));
        assertThat(get("/api/me", "hd.api", CHOSEN).statusCode())
                .as("the old password, a moment later")
                .isEqualTo(401);
        assertThat(get("/api/me", "hd.api", "Otra parole 2026 rudenī").statusCode())
                .isEqualTo(200);

        long id = world.count("select s.id from StaffAccount s where s.username = 'hd.api'");
        run("hd.admin", roles(Role.INSTITUTION_ADMIN), () -> staff.deactivate(id));
        assertThat(get("/api/me", "hd.api", "Otra parole 2026 rudenī").statusCode())
                .as("deactivated")
                .isEqualTo(401);
    }

    @Test
    @Order(5)
    void nobodyGetsABodyReadBeforeTheyAreSignedInWithTheRoleAndNoBodyPassesItsLimit() throws Exception {
        forgetTheFailuresOfThisAddress();
        long sixteenMegabytes = 16L * 1024 * 1024;
        // 1 KB of a body announced as 16 MB: an answer can only come before the body was read.
        assertThat(statusOfPartialPost("/api/cases", null, sixteenMegabytes))
                .as("anonymous")
                .contains(" 401 ");
        assertThat(statusOfPartialPost("/api/eaddress/messages", "hd.api:" + WRONG, sixteenMegabytes))
                .as("wrong password")
                .contains(" 401 ");
        world.staff("hd.specialist", agency, null, Role.SPECIALIST);
        chosen("hd.specialist", Role.SPECIALIST);
        assertThat(statusOfPartialPost("/api/cases", "hd.specialist:" + CHOSEN, sixteenMegabytes))
                .as("signed in without the portal's role")
                .contains(" 403 ");

        world.staff("hd.portal", agency, null, Role.PORTAL);
        chosen("hd.portal", Role.PORTAL);
        assertThat(statusOfPartialPost("/api/cases", "hd.portal:" + CHOSEN, sixteenMegabytes + 1))
                .as("a portal announcing more than the limit")
                .contains(" 413 ");

        // Without a length: counted while it streams.
        HttpResponse<String> streamed = api.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/eaddress/messages"))
                        .header("Authorization", basic("hd.specialist", CHOSEN))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "6f1c1d7e-9a41-4c57-8d6f-2f7a1b9c0d11")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new Letters("{\"subject\":\"", 1024 * 1024 + 65536)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("payload-too-large").contains("1 MB");
    }

    @Test
    @Order(6)
    void anAddressWithTooManyFailuresWaitsAndNoPasswordIsCheckedMeanwhile() throws Exception {
        forgetTheFailuresOfThisAddress();
        long checkedBefore = audited(AuditAction.SIGN_IN_FAILED, "hd.api", null);
        for (int i = 0; i < 20; i++) {
            assertThat(get("/api/me", "hd.nobody" + i, WRONG).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = get("/api/me", "hd.api", WRONG);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 61));
        assertThat(get("/api/me", "hd.specialist", CHOSEN).statusCode())
                .as("even the right password")
                .isEqualTo(429);
        assertThat(audited(AuditAction.SIGN_IN_FAILED, "hd.api", null))
                .as("nothing was checked")
                .isEqualTo(checkedBefore);

        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = FormSignIn.signIn(browser, BASE, "hd.specialist", CHOSEN);
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(message(form.body())).contains("pārāk daudz neveiksmīgu");
        forgetTheFailuresOfThisAddress();
        assertThat(FormSignIn.signIn(browser, BASE, "hd.specialist", CHOSEN).statusCode())
                .isEqualTo(302);
    }

    @Test
    @Order(7)
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = api.send(
                HttpRequest.newBuilder(URI.create(BASE + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = api.send(
                HttpRequest.newBuilder(URI.create(BASE + "/resources/js/pietura.js"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = api.send(
                HttpRequest.newBuilder(URI.create(BASE + "/catalogue/no-such-page"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> json = api.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/directory/institutions"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        for (HttpResponse<String> answer : List.of(page, script, missing, json)) {
            var headers = answer.headers();
            assertThat(headers.allValues("Content-Security-Policy"))
                    .as(answer.uri().toString())
                    .anySatisfy(csp -> assertThat(csp)
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'")
                            .contains("base-uri 'self'")
                            .contains("form-action 'self'"));
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
        assertThat(page.headers().allValues("Content-Security-Policy"))
                .as("the page's scripts: PrimeFaces' nonce")
                .anySatisfy(csp -> assertThat(csp).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
        assertThat(page.body()).containsPattern("<script[^>]*nonce=");

        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = FormSignIn.signIn(browser, BASE, "hd.specialist", CHOSEN);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("pietura-sign-in=")
                        .containsIgnoringCase("SameSite=Strict")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    @Order(8)
    void theSignInFormTakesOnlyTheTokenItGaveThisBrowser() throws Exception {
        HttpClient victim =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpClient attacker =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String attackersPage = attacker.send(
                        HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        // Another site's form posts the attacker's own credentials into the victim's browser.
        HttpResponse<String> forged = FormSignIn.post(
                victim,
                BASE,
                "hd.specialist",
                CHOSEN,
                FormSignIn.tokenOf(attackersPage),
                FormSignIn.nonceOf(attackersPage));
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(message(forged.body())).contains("novecojusi");
        assertThat(victim.send(
                                HttpRequest.newBuilder(URI.create(BASE + "/api/me"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("the victim is not signed in")
                .isEqualTo(401);
        HttpResponse<String> withoutScripts =
                FormSignIn.post(victim, BASE, "hd.specialist", CHOSEN, FormSignIn.tokenOf(attackersPage), null);
        assertThat(withoutScripts.statusCode())
                .as("a form without the page's script nonce is out of date, not a fault")
                .isEqualTo(400);
        assertThat(FormSignIn.signIn(victim, BASE, "hd.specialist", CHOSEN).statusCode())
                .isEqualTo(302);
    }

    @Test
    @Order(9)
    void absoluteLinksComeFromTheConfiguredAddressWhateverHostTheRequestNames() throws IOException {
        String answer = raw(
                "GET /pietura/api/catalogue/cpsv-ap.jsonld HTTP/1.1\r\nHost: evil.example\r\n"
                        + "Connection: close\r\n\r\n",
                null);
        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .contains("\"@id\":\"" + BASE + "/api/catalogue/")
                .doesNotContain("evil.example");
    }

    @Test
    @Order(10)
    void theMenuOffersOnlyWhatTheUserMayOpenAndAnythingElseAnswers403() throws Exception {
        world.staff("hd.manager", agency, null, Role.SERVICE_MANAGER);
        chosen("hd.manager", Role.SERVICE_MANAGER);
        HttpClient manager =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(FormSignIn.signIn(manager, BASE, "hd.manager", CHOSEN).statusCode())
                .isEqualTo(302);
        String home = page(manager, "/home").body();
        assertThat(home)
                .contains("menuForm:myServices")
                .doesNotContain("menuForm:inbox")
                .doesNotContain("menuForm:composeMessage");
        HttpResponse<String> mailbox = page(manager, "/eaddress/mailbox");
        assertThat(mailbox.statusCode()).isEqualTo(403);
        assertThat(mailbox.body()).contains("id=\"errorText\"");

        long reader = world.count("select s.id from StaffAccount s where s.username = 'hd.specialist'");
        run("hd.admin", roles(Role.INSTITUTION_ADMIN), () -> mailboxRights.set(reader, EnumSet.of(MailboxRight.READ)));
        HttpClient specialist =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(FormSignIn.signIn(specialist, BASE, "hd.specialist", CHOSEN).statusCode())
                .isEqualTo(302);
        String specialistsHome = page(specialist, "/home").body();
        assertThat(specialistsHome).contains("menuForm:inbox").doesNotContain("menuForm:composeMessage");
        assertThat(page(specialist, "/eaddress/compose").statusCode())
                .as("reading, not sending")
                .isEqualTo(403);
    }

    // ---------------------------------------------------------------------------------------------------

    /** A page as a browser gets it, redirects followed. */
    private static HttpResponse<String> page(HttpClient browser, String path) throws IOException, InterruptedException {
        URI address = URI.create(BASE + path);
        for (int hops = 0; ; hops++) {
            HttpResponse<String> answer =
                    browser.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 3 || hops == 5) {
                return answer;
            }
            address = address.resolve(answer.headers().firstValue("Location").orElseThrow());
        }
    }

    /** The holder chooses their own password (a test account's is temporary). */
    private void chosen(String username, Role role) {
        run(
                username,
                roles(role),
                () -> myAccount.changePassword(TestWorld.PASSWORD.toCharArray(), CHOSEN.toCharArray()));
    }

    /** The next class shares this deployment: it starts with the real time. */
    @AfterEach
    void realTime() {
        clocks.reset();
    }

    /** The failures this address made so far no longer count: the application's clock moves past their window. */
    private void forgetTheFailuresOfThisAddress() {
        travelled = travelled.plusMinutes(2);
        clocks.travel(travelled);
    }

    private long audited(AuditAction action, String actor, String detail) {
        return detail == null
                ? world.count("select count(e) from AuditEvent e where e.action = ?1 and e.actor = ?2", action, actor)
                : world.count(
                        "select count(e) from AuditEvent e where e.action = ?1 and e.actor = ?2 and e.detail = ?3",
                        action,
                        actor,
                        detail);
    }

    private HttpResponse<String> get(String path, String username, String password)
            throws IOException, InterruptedException {
        return api.send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Authorization", basic(username, password))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The message a refused sign-in through the form shows. */
    private String refusal(String username, String password) throws IOException, InterruptedException {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> answer = FormSignIn.signIn(browser, BASE, username, password);
        return answer.statusCode() + " " + message(answer.body());
    }

    private static String message(String page) {
        Matcher matcher = ERROR_MESSAGE.matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private interface Attempt {
        Object run() throws Exception;
    }

    private static long medianMillis(Attempt attempt) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            attempt.run();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        return times.get(1);
    }

    /**
     * The status line of a POST that announces {@code length} bytes but sends only 1 KB of them: it can only
     * come back if the server answered without reading the body.
     */
    private static String statusOfPartialPost(String path, String credentials, long length) throws IOException {
        String head = "POST /pietura" + path + " HTTP/1.1\r\nHost: " + HOST + ":" + PORT + "\r\n"
                + "Content-Type: application/json\r\nIdempotency-Key: 0b6c2c1e-3f0a-4b7e-9a55-6d1e0c2b7f10\r\n"
                + (credentials == null
                        ? ""
                        : "Authorization: Basic "
                                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                                + "\r\n")
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n";
        return raw(head, new byte[1024]).lines().findFirst().orElse("");
    }

    /** Sends {@code head} (and {@code body}) on a socket of its own and reads what comes back until the headers end or the server closes. */
    private static String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            try {
                while ((read = in.read(buffer)) != -1) {
                    answer.write(buffer, 0, read);
                    if (body != null
                            && answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        break; // the answer's head is all a partial POST needs
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came is what there is
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** A body of {@code length} bytes without a declared length: the start, then letters. */
    private static final class Letters extends InputStream {

        private final byte[] start;
        private final long length;
        private long position;

        Letters(String start, long length) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            return position < start.length ? start[(int) position++] : letter();
        }

        private int letter() {
            position++;
            return 'a';
        }
    }
}
