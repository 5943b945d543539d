package lv.pietura.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.pietura.security.OpenIdConnect;
import lv.pietura.shared.RoleNames;

/**
 * Where the identity provider sends the visitor back. {@link OpenIdConnect} has signed them in (or sent
 * them back to the sign-in page) before this runs; here they are only sent on to their home page.
 */
@WebServlet(OpenIdConnect.RETURN)
public class SingleSignOnReturn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getUserPrincipal() == null
                ? "/login?sso=" + OpenIdConnect.FAILED
                : request.isUserInRole(RoleNames.EADDRESS_HOLDER) ? "/my/mailbox" : "/home";
        response.sendRedirect(request.getContextPath() + home);
    }
}
