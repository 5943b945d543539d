package lv.pietura.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import lv.pietura.shared.LatvianDates;

/**
 * The language of the pages: Latvian unless the user switched to English. The choice is kept in a
 * cookie, so the sign-in page of the next visit speaks it too.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale LATVIAN = Locale.forLanguageTag("lv");
    /** A day as Latvians write it, in either language of the pages: 27.11.2026. */
    public static final String DATE_PATTERN = LatvianDates.PATTERN;

    public static final DateTimeFormatter DATE = LatvianDates.DATE;
    static final String COOKIE = "pietura-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getTag());
    }

    /** Switches language and reloads the current page by GET, keeping its query. */
    public void switchTo(String tag) throws IOException {
        locale = "en".equals(tag) ? Locale.ENGLISH : LATVIAN;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(
                COOKIE,
                locale.getLanguage(),
                Map.of("maxAge", 365 * 24 * 3600, "path", external.getRequestContextPath() + "/", "httpOnly", true));
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String path = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        external.redirect((path != null ? path : request.getRequestURI()) + (query == null ? "" : "?" + query));
    }

    private static Locale fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return LATVIAN;
        }
        Cookie[] cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getCookies();
        return cookies == null
                ? LATVIAN
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()))
                        .findFirst()
                        .map(c -> Locale.ENGLISH)
                        .orElse(LATVIAN);
    }
}
