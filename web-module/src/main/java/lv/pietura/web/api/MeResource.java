package lv.pietura.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.ProfileView;
import lv.pietura.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in staff member (the session of the pages): 401 for anyone else. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed({
    RoleNames.PLATFORM_ADMIN,
    RoleNames.INSTITUTION_ADMIN,
    RoleNames.SERVICE_MANAGER,
    RoleNames.CLERK,
    RoleNames.SPECIALIST,
    RoleNames.SUPERVISOR
})
public class MeResource {

    @EJB
    MyAccount myAccount;

    public record Me(
            String username,
            String fullName,
            long institutionId,
            String institution,
            String centre,
            List<String> roles) {}

    @GET
    @Operation(summary = "Who is signed in, for which institution, with which roles")
    @APIResponse(responseCode = "200", description = "The signed-in staff member")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    public Me me() {
        ProfileView p = myAccount.profile();
        return new Me(
                p.username(),
                p.fullName(),
                p.institutionId(),
                p.institutionName().lv(),
                p.centreName(),
                p.roles().stream().map(Enum::name).sorted().toList());
    }
}
