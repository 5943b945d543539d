package lv.pietura.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.RoleNames;

/**
 * Someone signed in with a temporary password (set by an administrator) can do nothing but choose
 * their own: every page leads to the password page until they have. A session whose account was
 * deactivated meanwhile ends here.
 */
@WebFilter(filterName = "passwordChange", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password";

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null
                && !isAllowedMeanwhile(request)
                && !request.isUserInRole(RoleNames.EADDRESS_HOLDER)) {
            boolean mustChange;
            try {
                mustChange = signedInUser.isMustChangePassword();
            } catch (AccessDenied ended) {
                // Deactivated, or the institution's agreement ended, while signed in: the session ends now.
                request.logout();
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/login?ended=true");
                return;
            }
            if (mustChange) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowedMeanwhile(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(PASSWORD_PAGE)
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/errors/")
                || path.startsWith("/login")
                || path.startsWith("/api/");
    }
}
