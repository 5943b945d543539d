package lv.pietura.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.pietura.audit.RequestOrigin;

/**
 * Tells the audit log where each request came from. The address is the connection's peer: behind a
 * proxy, enable Undertow's {@code proxy-address-forwarding} so it is the client's.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.clientAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
