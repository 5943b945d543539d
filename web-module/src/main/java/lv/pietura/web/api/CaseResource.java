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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.cases.PortalSubmissions;
import lv.pietura.cases.RepresentationBasis;
import lv.pietura.catalogue.Channel;
import lv.pietura.files.FileRef;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * E-service portals submit applications and read their status, signed in with HTTP Basic as a portal
 * account (role PORTAL). A submission must carry an {@code Idempotency-Key}: the same key with the same
 * body again answers with the case already registered (200) instead of a second one.
 */
@Path("cases")
@RequestScoped
@Tag(name = "Applications", description = "For e-service portals (HTTP Basic, role PORTAL)")
@SecurityScheme(securitySchemeName = "portal", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "portal")
@RolesAllowed(RoleNames.PORTAL)
public class CaseResource {

    /** A submission with its attachments inline (Base64): a 10 MB scan and the form around it. */
    static final long SUBMISSION_LIMIT = 16L * 1024 * 1024;

    @EJB
    PortalSubmissions submissions;

    @Inject
    PublicAddress address;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an application; the same Idempotency-Key and body again give the same case")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseJson.Submission.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered and routed to the holder",
            content = @Content(schema = @Schema(implementation = CaseJson.Status.class)))
    @APIResponse(
            responseCode = "200",
            description = "Registered before under this key",
            content = @Content(schema = @Schema(implementation = CaseJson.Status.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, or not shaped as a submission")
    @APIResponse(responseCode = "401", description = "No portal signed in")
    @APIResponse(responseCode = "413", description = "The body is larger than 16 MB")
    @APIResponse(responseCode = "422", description = "Refused: each problem names its field")
    @BodyLimit(SUBMISSION_LIMIT)
    public Response submit(
            @Parameter(
                            description = "Unique per application, chosen by the portal (1-100 of A-Z a-z 0-9 . _ : -)",
                            required = true)
                    @HeaderParam("Idempotency-Key")
                    String key,
            InputStream body) {
        DigestInputStream digested = new DigestInputStream(body, sha256());
        CaseJson.Submission submission = BadRequest.json(digested, CaseJson.Submission.class, "a submission");
        String hash = HexFormat.of().formatHex(digested.getMessageDigest().digest());
        NewCase given = toNewCase(submission);
        List<PortalSubmissions.InlineFile> files = inlineFiles(submission);
        PortalSubmissions.Submitted result;
        try {
            result = submissions.submit(key, hash, given, files);
        } catch (EJBAccessException refused) {
            throw refused;
        } catch (EJBException concurrentDuplicate) {
            // Two requests with one key at once: the other registered the case; this one now finds it.
            result = submissions.submit(key, hash, given, files);
        }
        CaseJson.Status status = CaseJson.Status.of(result.status());
        return (result.created()
                        ? Response.created(URI.create(
                                address.of("/api/cases/" + result.ref().number())))
                        : Response.ok())
                .entity(status)
                .build();
    }

    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit(CaseRegistration.MAX_FILE_BYTES)
    @Operation(
            summary =
                    "Upload a file for an application (the body is the file, at most 10 MB; its type is told from"
                            + " its content), to name it in a submission's attachments by the id answered; streamed to the file store")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = MessageResource.StoredFile.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "422", description = "Empty, or of a type not accepted")
    public Response upload(
            @Parameter(description = "The file's name", required = true) @QueryParam("name") String name,
            InputStream content) {
        if (name == null || name.isBlank()) {
            throw new BadRequest("name", BadRequest.Reason.MISSING);
        }
        FileRef stored = submissions.upload(name, content);
        return Response.status(Response.Status.CREATED)
                .entity(new MessageResource.StoredFile(
                        stored.id(), stored.sha256(), stored.size(), stored.mediaType(), stored.name()))
                .build();
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The status of an application this portal submitted")
    @APIResponse(
            responseCode = "200",
            description = "The application",
            content = @Content(schema = @Schema(implementation = CaseJson.Status.class)))
    @APIResponse(responseCode = "404", description = "No such application of this portal")
    public CaseJson.Status status(@PathParam("number") String number) {
        return CaseJson.Status.of(submissions.status(number));
    }

    private static NewCase toNewCase(CaseJson.Submission s) {
        CaseJson.Client client = s.client() == null ? new CaseJson.Client(null, null, null, null, null) : s.client();
        CaseJson.Representative rep =
                s.representative() == null ? new CaseJson.Representative(null, null, null, null) : s.representative();
        ClientKind kind = BadRequest.enumOf(ClientKind.class, "client.kind", client.kind());
        if (kind != null && !kind.latvian()) {
            // a portal's applicant has signed in with a Latvian identity: a person or an organisation
            throw new BadRequest("client.kind", BadRequest.Reason.UNUSABLE);
        }
        return new NewCase(
                kind,
                client.code(),
                client.name(),
                client.email(),
                client.phone(),
                rep.name(),
                rep.personalCode(),
                BadRequest.enumOf(RepresentationBasis.class, "representative.basis", rep.basis()),
                rep.note(),
                s.service(),
                CaseType.APPLICATION,
                Channel.E_SERVICE,
                s.intake(),
                uploadedFiles(s),
                s.note(),
                false,
                null,
                null,
                null);
    }

    /** The attachments named by the id of an upload before. */
    private static List<NewCase.Attachment> uploadedFiles(CaseJson.Submission s) {
        return s.attachments() == null
                ? List.of()
                : s.attachments().stream()
                        .filter(a -> a != null && a.file() != null)
                        .map(a -> new NewCase.Attachment(FileRef.named(a.file(), a.fileName()), a.field()))
                        .toList();
    }

    /** The attachments carried in the body. */
    private static List<PortalSubmissions.InlineFile> inlineFiles(CaseJson.Submission s) {
        List<PortalSubmissions.InlineFile> files = new ArrayList<>();
        if (s.attachments() != null) {
            int i = 0;
            for (CaseJson.Attachment a : s.attachments()) {
                if (a == null) {
                    throw new BadRequest("attachments[" + i + "]", BadRequest.Reason.EMPTY);
                }
                if (a.file() != null) {
                    i++;
                    continue;
                }
                try {
                    files.add(new PortalSubmissions.InlineFile(
                            a.fileName(),
                            a.field(),
                            a.content() == null
                                    ? new byte[0]
                                    : Base64.getMimeDecoder().decode(a.content())));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest("attachments[" + i + "].content", BadRequest.Reason.NOT_BASE64);
                }
                i++;
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
