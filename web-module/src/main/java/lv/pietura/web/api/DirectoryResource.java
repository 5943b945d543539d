package lv.pietura.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.organisation.PublicDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public facts: the institutions in service and the customer service centres. No sign-in. */
@PermitAll
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Institutions using Pietura and the customer service centres (public)")
public class DirectoryResource {

    @EJB
    PublicDirectory directory;

    /** An institution that serves clients through Pietura today. */
    public record Institution(String name, String nameEn, String registrationNumber, String kind, String eAddress) {}

    /** A customer service centre with its opening hours (ISO day numbers, 1 = Monday). */
    public record Centre(
            long id, String name, String municipality, String address, String type, List<Hours> openingHours) {}

    public record Hours(int day, DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {}

    @GET
    @Path("institutions")
    @Operation(summary = "Institutions with a valid agreement to use Pietura today")
    public List<Institution> institutions() {
        return directory.institutionsInService().stream()
                .map(DirectoryResource::institution)
                .toList();
    }

    @GET
    @Path("centres")
    @Operation(summary = "Open customer service centres (VPVKAC) with addresses and opening hours")
    public List<Centre> centres() {
        return directory.openCentres().stream().map(DirectoryResource::centre).toList();
    }

    private static Institution institution(InstitutionView i) {
        return new Institution(
                i.name().lv(), i.name().en(), i.registrationNumber(), i.kind().name(), i.eAddress());
    }

    private static Centre centre(CentreView c) {
        return new Centre(
                c.id(),
                c.name(),
                c.municipalityName().lv(),
                c.address(),
                c.type().name(),
                c.openingHours().stream()
                        .map(h -> new Hours(h.day().getValue(), h.day(), h.opensAt(), h.closesAt()))
                        .toList());
    }
}
