package lv.pietura.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.pietura.cases.PortalCaseStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Applications as e-service portals send them and read them back. */
public final class CaseJson {

    private CaseJson() {}

    @Schema(description = "An application submitted by an e-service portal on behalf of its signed-in user")
    public record Submission(
            @Schema(
                    description = "Code of a service in the published catalogue that is requested as an e-service",
                    example = "VSAA-VECUMA-PENSIJA",
                    required = true)
            String service,

            @Schema(required = true) Client client,
            Representative representative,

            @Schema(description = "Values of the service's intake form by field code; dates as 2026-11-27")
            Map<String, String> intake,

            @Schema(
                    description = "Files: scans and documents (PDF, JPEG, PNG, TIFF, DOC(X), ODT, ODS, ODP, XLSX, PPTX,"
                            + " EDOC), at most 20, each at most 10 MB; inline (content) up to 16 MB of body in all, or uploaded"
                            + " before (POST /api/cases/files) and named by file")
            List<Attachment> attachments,

            String note) {}

    public record Client(
            @Schema(
                    enumeration = {"PERSON", "ORGANISATION"},
                    required = true)
            String kind,

            @Schema(description = "Personal code (010190-12349 or 32...) or registration number", required = true)
            String code,

            @Schema(required = true) String name,
            String email,
            String phone) {}

    public record Representative(
            String name,
            String personalCode,

            @Schema(enumeration = {"LEGAL_REPRESENTATIVE", "POWER_OF_ATTORNEY", "OFFICER", "AUTHORISATION"})
            String basis,

            String note) {}

    public record Attachment(
            @Schema(required = true) String fileName,

            @Schema(description = "The intake form's file field it answers, if any")
            String field,

            @Schema(description = "The file's bytes in Base64 (or file)")
            String content,

            @Schema(description = "The id POST /api/cases/files answered with (or content)")
            String file) {}

    @Schema(description = "Where an application is")
    public record Status(
            String number,
            String service,
            CatalogueJson.Text serviceName,

            @Schema(enumeration = {"NEW", "IN_PROGRESS", "WAITING", "COMPLETED", "REFUSED"})
            String state,

            CatalogueJson.Text handlingInstitution,
            Instant registeredAt,
            LocalDate dueOn,
            LocalDate closedOn,
            String resultType,
            CatalogueJson.Text result,
            String resultNote,
            List<Step> history) {

        static Status of(PortalCaseStatus s) {
            return new Status(
                    s.number(),
                    s.serviceCode(),
                    CatalogueJson.Text.of(s.serviceName()),
                    s.state().name(),
                    CatalogueJson.Text.of(s.handlingInstitution()),
                    s.registeredAt(),
                    s.dueOn(),
                    s.closedOn(),
                    s.resultType(),
                    CatalogueJson.Text.of(s.resultName()),
                    s.resultNote(),
                    s.history().stream()
                            .map(h ->
                                    new Step(h.at(), h.type().name(), h.state().name()))
                            .toList());
        }
    }

    public record Step(Instant at, String event, String state) {}
}
