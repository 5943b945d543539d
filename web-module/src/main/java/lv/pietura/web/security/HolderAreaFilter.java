package lv.pietura.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import lv.pietura.shared.RoleNames;

/**
 * A person or company signed in to their own mailbox stays in it: the staff pages answer 403 (the access-denied
 * page), and the application's home leads to the mailbox. The public pages (catalogue, accessibility statement,
 * ratings of a case and of a visit, sign-in) stay open, and so does asking support (filing and following one's own
 * requests; they show in the mailbox's own template).
 */
@WebFilter(filterName = "holderArea", urlPatterns = "/*")
public class HolderAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final List<String> OPEN_TO_HOLDERS = List.of(
            "/my/",
            "/login",
            "/catalogue",
            "/accessibility",
            "/rate",
            "/visit",
            "/book",
            "/support/new",
            "/support/request",
            "/errors/",
            "/api/",
            "/jakarta.faces.resource/",
            "/resources/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && request.isUserInRole(RoleNames.EADDRESS_HOLDER)) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (path.isEmpty() || "/".equals(path) || path.startsWith("/index") || path.startsWith("/home")) {
                response.sendRedirect(request.getContextPath() + "/my/mailbox");
                return;
            }
            if (OPEN_TO_HOLDERS.stream().noneMatch(path::startsWith)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
