package lv.pietura.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and answer of the API. Without a resolver RESTEasy builds a new
 * {@link Jsonb} for each entity it writes (a service-loader lookup and the class models made again): that
 * was 60 % of the server's time of a small JSON answer, about 5 ms each. A {@link Jsonb} is thread-safe and
 * keeps what it learnt of each class.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }
}
