package lv.pietura.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Marks the sign-in page's responses. When a session has ended, an Ajax click is redirected to the
 * sign-in page and the browser would swallow the HTML silently; the layout's script sees this header
 * and reloads the page, which leads the user to sign in and then back. That redirected Ajax request gets
 * an empty partial response rather than the page: the page is not for it (and PrimeFaces would refuse to
 * render it, as an Ajax request without its script nonce).
 */
@WebFilter(
        filterName = "signInPageMarker",
        urlPatterns = {"/login", "/login.xhtml"})
public class SignInPageMarker extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Pietura-Sign-In";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, "required");
        if ("partial/ajax".equals(request.getHeader("Faces-Request")) && "GET".equals(request.getMethod())) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes/></partial-response>");
            return;
        }
        chain.doFilter(request, response);
    }
}
