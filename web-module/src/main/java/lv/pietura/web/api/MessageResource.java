package lv.pietura.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.DeliveryStatus;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An institution's information system sends from the institution's e-address, signed in with HTTP Basic
 * as a staff account that may send from its mailbox. The {@code Idempotency-Key} (a UUID) becomes the
 * message's id: sending again after a timeout or a lost node answers with the message stored the first
 * time (200), never a second one.
 */
@Path("eaddress")
@RequestScoped
@Tag(name = "E-address", description = "For institutions' systems (HTTP Basic, a staff account with the right to send)")
@SecurityRequirement(name = "portal")
public class MessageResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** The most recipients one status answer lists. */
    private static final int RECIPIENTS_LISTED = 500;

    /** What to send: e-addresses ({@code _DEFAULT@40003000000}, a personal code), subject, text. */
    public record Outgoing(List<String> to, String subject, String body) {
    }

    /** A sent message and where its delivery to each recipient stands. */
    public record Sent(String id, long recipients, List<Recipient> delivery) {
    }

    public record Recipient(String address, DeliveryStatus status) {
    }

    @EJB
    Mailboxes mailboxes;

    @Context
    UriInfo uri;

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message from the institution's e-address; the same Idempotency-Key again gives the same message")
    @RequestBody(content = @Content(schema = @Schema(implementation = Outgoing.class)))
    @APIResponse(responseCode = "201", description = "Stored for delivery",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "200", description = "Sent before under this key",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, or not shaped as a message")
    @APIResponse(responseCode = "401", description = "Nobody signed in")
    @APIResponse(responseCode = "403", description = "The account may not send from the institution's e-address")
    @APIResponse(responseCode = "422", description = "Refused: each problem names its field")
    public Response send(
            @Parameter(description = "A UUID chosen by the sender; it becomes the message's id", required = true)
            @HeaderParam("Idempotency-Key") String key,
            byte[] body) {
        Outgoing outgoing = parse(body);
        Mailboxes.Sent sent;
        try {
            sent = mailboxes.sendOnce(key, outgoing.to(), outgoing.subject(), outgoing.body());
        } catch (EJBAccessException refused) {
            throw refused;
        } catch (EJBException concurrentDuplicate) {
            // Two requests with one key at once: the other stored the message; this one now finds it.
            sent = mailboxes.sendOnce(key, outgoing.to(), outgoing.subject(), outgoing.body());
        }
        Sent status = status(sent.messageId());
        return (sent.stored()
                ? Response.created(uri.getBaseUriBuilder().path("eaddress/messages").path(sent.messageId()).build())
                : Response.ok()).entity(status).build();
    }

    /** An addressee found by the search. */
    public record Addressee(String address, AccountKind kind, String name, boolean activated) {
    }

    @GET
    @Path("addressees")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find addressees: by parts of an institution's or company's name, a registration number's"
            + " first digits, or a person's whole personal code")
    @APIResponse(responseCode = "200", description = "At most 20, by name")
    public List<Addressee> addressees(@QueryParam("q") String query) {
        return mailboxes.searchAddressees(query).stream()
                .map(a -> new Addressee(a.address(), a.kind(), a.name(), a.activated())).toList();
    }

    @GET
    @Path("messages/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A message the institution sent, with its delivery to each recipient")
    @APIResponse(responseCode = "200", description = "The message",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "404", description = "No such message sent by this institution")
    public Sent status(@PathParam("id") String id) {
        var recipients = mailboxes.recipients(id, null, PageRequest.of(0, RECIPIENTS_LISTED));
        return new Sent(id, recipients.total(),
                recipients.rows().stream().map(r -> new Recipient(r.address(), r.status())).toList());
    }

    private static Outgoing parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequest("body", "(empty)");
        }
        try {
            Outgoing outgoing = JSON.fromJson(new String(body, StandardCharsets.UTF_8), Outgoing.class);
            if (outgoing == null) {
                throw new BadRequest("body", "null");
            }
            return outgoing;
        } catch (JsonbException e) {
            throw new BadRequest("body", "not a message: " + e.getMessage());
        }
    }
}
