package lv.pietura.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages read the character U+0000 in a parameter (a form field, a view parameter in the address) as U+FFFD,
 * the replacement character, as they read a byte that is not UTF-8: nobody types it, no text of Pietura holds it,
 * and PostgreSQL refuses it in text, so a search, a lookup or a save holding one answered 500 there. What remains
 * is an ordinary wrong input that the page's checks refuse in words. The API refuses such a parameter itself
 * ({@code ApiGate}); the sign-in looks up only names an account can have.
 */
@WebFilter(filterName = "readableParameters", urlPatterns = "/*")
public class ReadableParametersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request.getServletPath().startsWith("/api") ? request : new Readable(request), response);
    }

    /** The text as the pages read it: U+0000 replaced. */
    static String readable(String value) {
        return value == null || value.indexOf(0) < 0 ? value : value.replace('\u0000', '\ufffd');
    }

    /** A request whose parameters are read through {@link #readable}. */
    static final class Readable extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Readable(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return readable(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null
                    ? null
                    : Arrays.stream(values)
                            .map(ReadableParametersFilter::readable)
                            .toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> read = new LinkedHashMap<>();
                super.getParameterMap()
                        .forEach((name, values) -> read.put(
                                name,
                                Arrays.stream(values)
                                        .map(ReadableParametersFilter::readable)
                                        .toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(read);
            }
            return parameters;
        }
    }
}
