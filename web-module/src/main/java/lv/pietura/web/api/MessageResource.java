package lv.pietura.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.DeliveryStatus;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RoleNames;
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
@RolesAllowed({
    RoleNames.CLERK,
    RoleNames.SPECIALIST,
    RoleNames.SERVICE_MANAGER,
    RoleNames.SUPERVISOR,
    RoleNames.INSTITUTION_ADMIN
})
public class MessageResource {

    /** The most recipients one status answer lists. */
    private static final int RECIPIENTS_LISTED = 500;

    /**
     * What to send: e-addresses ({@code _DEFAULT@40003000000}, a personal code), subject, text, and files
     * uploaded before ({@code POST /api/eaddress/files}).
     */
    public record Outgoing(List<String> to, String subject, String body, List<Attached> files) {}

    /** A file uploaded before, by the id its upload answered with, under the name the recipients see. */
    public record Attached(String id, String name) {}

    /**
     * A stored file: {@code id} is what a message names it by (only the account that uploaded it can); the SHA-256
     * of the content is for checking what arrived, it names nothing.
     */
    public record StoredFile(String id, String sha256, long size, String mediaType, String name) {}

    /** One message to every listed addressee with an activated e-address: one code per line. */
    public record Bulk(String addressees, String subject, String body, List<Attached> files) {}

    /** A bulk message stored for delivery, and how the list came out. */
    public record BulkSent(String id, int addressees, int withoutEAddress, int invalidLines) {}

    /** A sent message and where its delivery to each recipient stands. */
    public record Sent(String id, long recipients, List<Recipient> delivery) {}

    public record Recipient(String address, DeliveryStatus status) {}

    @EJB
    Mailboxes mailboxes;

    @EJB
    Sending sending;

    @Inject
    PublicAddress address;

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Send a message from the institution's e-address; the same Idempotency-Key again gives the same message")
    @RequestBody(content = @Content(schema = @Schema(implementation = Outgoing.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored for delivery",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(
            responseCode = "200",
            description = "Sent before under this key",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, or not shaped as a message")
    @APIResponse(responseCode = "401", description = "Nobody signed in")
    @APIResponse(responseCode = "403", description = "The account may not send from the institution's e-address")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
    @APIResponse(responseCode = "422", description = "Refused: each problem names its field")
    @BodyLimit(1024 * 1024)
    public Response send(
            @Parameter(description = "A UUID chosen by the sender; it becomes the message's id", required = true)
                    @HeaderParam("Idempotency-Key")
                    String key,
            InputStream body) {
        Outgoing outgoing = BadRequest.json(body, Outgoing.class, "a message");
        Sending.Sent sent;
        try {
            sent = sending.sendOnce(key, outgoing.to(), outgoing.subject(), outgoing.body(), files(outgoing.files()));
        } catch (EJBAccessException refused) {
            throw refused;
        } catch (EJBException concurrentDuplicate) {
            // Two requests with one key at once: the other stored the message; this one now finds it.
            sent = sending.sendOnce(key, outgoing.to(), outgoing.subject(), outgoing.body(), files(outgoing.files()));
        }
        Sent status = status(sent.messageId());
        return (sent.stored()
                        ? Response.created(URI.create(address.of("/api/eaddress/messages/" + sent.messageId())))
                        : Response.ok())
                .entity(status)
                .build();
    }

    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Upload a file for a message (the body is the file, at most 10 MB; its type is told from its"
                            + " content: PDF, images, office documents, EDOC/ASiC); streamed to the file store, never held in memory")
    @APIResponse(
            responseCode = "201",
            description = "Stored (once, however often it is uploaded)",
            content = @Content(schema = @Schema(implementation = StoredFile.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "422", description = "Empty, or of a type not accepted")
    @BodyLimit(Sending.MAX_FILE_BYTES)
    public Response upload(
            @Parameter(description = "The file's name as recipients see it", required = true) @QueryParam("name")
                    String name,
            InputStream content) {
        if (name == null || name.isBlank()) {
            throw new BadRequest("name", BadRequest.Reason.MISSING);
        }
        FileRef stored = sending.upload(name, content);
        return Response.status(Response.Status.CREATED)
                .entity(new StoredFile(stored.id(), stored.sha256(), stored.size(), stored.mediaType(), stored.name()))
                .build();
    }

    @GET
    @Path("messages/{id}/files/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a message the institution sent or received; streamed from the file store")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such message of this institution, or no such file in it")
    public Response download(@PathParam("id") String id, @PathParam("file") String fileId) {
        MessageView.FileView file = mailboxes.open(id).files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("file", fileId));
        InputStream content = mailboxes.openFile(id, fileId);
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send one message to many: every listed personal code or registration number with an activated"
                    + " e-address gets it (its files stored once); the others are counted")
    @RequestBody(content = @Content(schema = @Schema(implementation = Bulk.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored for delivery",
            content = @Content(schema = @Schema(implementation = BulkSent.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 8 MB")
    @APIResponse(
            responseCode = "422",
            description = "Refused: nobody on the list has an e-address, or the message is invalid")
    @BodyLimit(8L * 1024 * 1024)
    public Response bulk(InputStream body) {
        Bulk bulk = BadRequest.json(body, Bulk.class, "a bulk message");
        Sending.BulkSent sent = sending.sendBulk(bulk.addressees(), bulk.subject(), bulk.body(), files(bulk.files()));
        return Response.created(URI.create(address.of("/api/eaddress/messages/" + sent.messageId())))
                .entity(new BulkSent(sent.messageId(), sent.addressees(), sent.withoutEAddress(), sent.invalid()))
                .build();
    }

    private static List<FileRef> files(List<Attached> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .map(f -> f == null ? null : FileRef.named(f.id(), f.name()))
                        .toList();
    }

    /** An addressee found by the search. */
    /** A message that arrived in the institution's mailbox, for its document management system. */
    public record Incoming(
            String id,
            String from,
            String fromName,
            String subject,
            String body,
            java.time.Instant sentAt,
            String caseNumber,
            String replyTo,
            List<IncomingFile> files) {}

    /** A file of an arrived message: {@code href} downloads it. */
    public record IncomingFile(String id, String name, long size, String mediaType, String href) {}

    @GET
    @Path("inbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "For the institution's document management system: the next messages that arrived and are not"
                    + " confirmed yet, oldest first, with their files. Fetching marks nothing: a message comes again"
                    + " until it is confirmed")
    @APIResponse(responseCode = "200", description = "At most `limit` messages (1 to 100, default 20)")
    @APIResponse(responseCode = "422", description = "A limit that is not a number from 1 to 100")
    public List<Incoming> inbox(@QueryParam("limit") String limit, @Context UriInfo uri) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        return mailboxes.unconfirmed(size).stream()
                .map(m -> new Incoming(
                        m.id(),
                        m.senderAddress(),
                        m.senderName(),
                        m.subject(),
                        m.body(),
                        m.createdAt(),
                        m.filedUnder() == null ? null : m.filedUnder().number(),
                        m.replyTo(),
                        m.files().stream()
                                .map(f -> new IncomingFile(
                                        f.fileId(),
                                        f.name(),
                                        f.size(),
                                        f.mediaType(),
                                        uri.getBaseUriBuilder()
                                                .path("eaddress/messages/{id}/files/{file}")
                                                .build(m.id(), f.fileId())
                                                .getRawPath()))
                                .toList()))
                .toList();
    }

    @POST
    @Path("inbox/{id}/confirmation")
    @Operation(
            summary = "The document system has the message: it is not fetched again and counts as read. Confirming"
                    + " again answers the same")
    @APIResponse(responseCode = "204", description = "Confirmed (now or before)")
    @APIResponse(responseCode = "404", description = "No such message in this institution's mailbox")
    public Response confirm(@PathParam("id") String id) {
        mailboxes.confirm(id);
        return Response.noContent().build();
    }

    public record Addressee(String address, AccountKind kind, String name, boolean activated) {}

    @GET
    @Path("addressees")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Find addressees: by parts of an institution's or company's name, a registration number's"
                    + " first digits, or a person's whole personal code")
    @APIResponse(responseCode = "200", description = "At most 20, by name")
    public List<Addressee> addressees(@QueryParam("q") String query) {
        return sending.searchAddressees(query).stream()
                .map(a -> new Addressee(a.address(), a.kind(), a.name(), a.activated()))
                .toList();
    }

    @GET
    @Path("messages/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A message the institution sent, with its delivery to each recipient")
    @APIResponse(
            responseCode = "200",
            description = "The message",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "404", description = "No such message sent by this institution")
    public Sent status(@PathParam("id") String id) {
        var recipients = mailboxes.recipients(id, null, PageRequest.of(0, RECIPIENTS_LISTED));
        return new Sent(
                id,
                recipients.total(),
                recipients.rows().stream()
                        .map(r -> new Recipient(r.address(), r.status()))
                        .toList());
    }
}
