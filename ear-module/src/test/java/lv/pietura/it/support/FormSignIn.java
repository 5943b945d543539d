package lv.pietura.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the sign-in form over plain HTTP, as a browser does: the page first (its form token and
 * the cookie that matches it), then the form. The client must keep cookies (a {@code CookieManager}).
 */
public final class FormSignIn {

    private static final Pattern TOKEN = Pattern.compile("name=\"signInForm:formToken\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private FormSignIn() {}

    /** The answer to the form's POST (302 to the home page when signed in, 200 with a message when not). */
    public static HttpResponse<String> signIn(HttpClient client, String base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        return post(client, base, username, password, tokenOf(page.body()), nonceOf(page.body()));
    }

    /**
     * Posts the form with the token and script nonce given (a test of what a forged form gets). A browser's
     * PrimeFaces adds the nonce of the page's scripts to every form it posts; without it the post is refused.
     */
    public static HttpResponse<String> post(
            HttpClient client, String base, String username, String password, String token, String nonce)
            throws IOException, InterruptedException {
        String form = "signInForm=signInForm&signInForm%3Ausername="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&signInForm%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&signInForm%3AformToken=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8)
                + "&signInForm%3AsignIn=&jakarta.faces.ViewState=stateless"
                + (nonce == null ? "" : "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The nonce of a page's scripts, which PrimeFaces' script would add to the form. */
    public static String nonceOf(String page) {
        Matcher matcher = NONCE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no script nonce in the page");
        }
        return matcher.group(1);
    }

    /** The form token in a sign-in page. */
    public static String tokenOf(String page) {
        Matcher matcher = TOKEN.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no form token in the sign-in page");
        }
        return matcher.group(1);
    }
}
