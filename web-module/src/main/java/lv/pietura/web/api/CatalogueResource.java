package lv.pietura.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.regex.Pattern;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.files.FileRef;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published service catalogue: search, a service's card, CPSV-AP for harvesting, form templates. */
@PermitAll
@Path("catalogue")
@RequestScoped
@Tag(name = "Catalogue", description = "Published services (no sign-in)")
public class CatalogueResource {

    private static final Pattern FILE_ID = Pattern.compile("^[0-9a-f-]{36}$");

    @EJB
    ServiceDirectory directory;

    @Inject
    PublicAddress address;

    @GET
    @Path("services")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Services in force, filtered; every word of q occurs in the name or description")
    public CatalogueJson.ServiceList services(
            @QueryParam("q") String text,
            @Parameter(description = "Id of the holder institution") @QueryParam("holder") String holder,
            @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(
                            description = "true: only the minimum service basket",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("basket")
                    String basket,
            @Parameter(description = "Id of a centre that offers the service") @QueryParam("centre") String centre,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        ServiceFilter filter = new ServiceFilter(
                text,
                BadRequest.longOf("holder", holder),
                BadRequest.enumOf(Channel.class, "channel", channel),
                BadRequest.booleanOf("basket", basket),
                BadRequest.longOf("centre", centre),
                null);
        PageRequest page = PageRequest.of(first, size);
        var result = directory.search(filter, page);
        return new CatalogueJson.ServiceList(
                result.total(),
                page.first(),
                page.size(),
                result.rows().stream().map(CatalogueJson.ServiceItem::of).toList());
    }

    @GET
    @Path("services/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The catalogue card of a service, as in force today")
    @APIResponse(responseCode = "404", description = "No such service in force")
    public CatalogueJson.Service service(@PathParam("code") String code) {
        return CatalogueJson.Service.of(directory.inForce(code), base());
    }

    @GET
    @Path("cpsv-ap.jsonld")
    @Produces("application/ld+json")
    @Operation(summary = "The published catalogue in the EU Core Public Service Vocabulary (CPSV-AP), as JSON-LD")
    public Response cpsvAp() {
        return Response.ok(directory.cpsvAp(base()).toString(), "application/ld+json; charset=UTF-8")
                .build();
    }

    @GET
    @Path("files/{id}")
    @Operation(summary = "A form template of a published service, by the id its catalogue card gives; streamed")
    public Response file(
            @PathParam("id") String id,
            @Parameter(description = "The name to save it under") @QueryParam("name") String name) {
        if (!FILE_ID.matcher(id).matches()) {
            throw new NotFound("file", id);
        }
        FileRef file = directory.templateInfo(id);
        StreamingOutput body = out -> {
            try (InputStream in = directory.openTemplate(id)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                .header(
                        "Content-Disposition",
                        disposition(name == null ? file.name() : name, "template" + extension(file)))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private String base() {
        return address.base();
    }

    /** The given name if it is one (in UTF-8 per RFC 5987, with an ASCII fallback), else the hash's. */
    static String disposition(String name, String fallback) {
        String clean =
                name == null ? "" : name.replaceAll("[\\p{Cntrl}\"/\\\\]", "").strip();
        if (clean.isEmpty() || clean.length() > 150) {
            return "attachment; filename=\"" + fallback + "\"";
        }
        String ascii = java.text.Normalizer.normalize(clean, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = java.net.URLEncoder.encode(clean, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String extension(FileRef file) {
        return switch (file.mediaType()) {
            case "application/pdf" -> ".pdf";
            case "application/msword" -> ".doc";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            case "application/vnd.oasis.opendocument.text" -> ".odt";
            case "application/vnd.oasis.opendocument.spreadsheet" -> ".ods";
            case "application/vnd.ms-excel" -> ".xls";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ".xlsx";
            case "application/rtf" -> ".rtf";
            default -> "";
        };
    }
}
