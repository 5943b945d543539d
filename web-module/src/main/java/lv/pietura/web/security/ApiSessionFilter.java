package lv.pietura.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lv.pietura.security.StaffAuthentication;

/**
 * A portal signs in with every API request (HTTP Basic); the session the sign-in opened is closed when
 * the request is answered, so a portal never piles up sessions.
 */
@WebFilter(filterName = "apiSession", urlPatterns = "/api/*")
public class ApiSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (StaffAuthentication.basicCredential(request) != null) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }
}
