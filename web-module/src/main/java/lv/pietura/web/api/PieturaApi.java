package lv.pietura.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Pietura API",
                        version = "1",
                        description =
                                "Shared service management of the Latvian unified customer service centres (VPVKAC).",
                        license = @License(name = "EUPL-1.2")))
public class PieturaApi extends Application {}
