package lv.pietura.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lv.pietura.catalogue.Channel;
import lv.pietura.files.FileRef;

/**
 * What a clerk or a portal gives to register a case.
 *
 * @param serviceCode       a service of the published catalogue; the version in force today is kept
 * @param intake            the intake form's values by field code
 * @param attachments       files already stored (see {@code CaseRegistration.upload})
 * @param closeOnSpot       a consultation answered at once: closed with {@code outcome}
 * @param outcomeResultType optionally, which of the service's result types the answer was
 */
public record NewCase(
        ClientKind clientKind,
        String clientCode,
        String clientName,
        String clientEmail,
        String clientPhone,
        String representativeName,
        String representativeCode,
        RepresentationBasis representationBasis,
        String representationNote,
        String serviceCode,
        CaseType type,
        Channel channel,
        Map<String, String> intake,
        List<Attachment> attachments,
        String note,
        boolean closeOnSpot,
        String outcome,
        String outcomeResultType)
        implements Serializable {

    /** A stored file and the intake form's file field it answers ({@code null}: attached generally). */
    public record Attachment(FileRef file, String fieldCode) implements Serializable {}

    /** A field left empty (a null value, as forms and JSON send it) is a field not filled in. */
    public NewCase {
        intake = intake == null
                ? Map.of()
                : intake.entrySet().stream()
                        .filter(e -> e.getKey() != null && e.getValue() != null)
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        attachments = attachments == null
                ? List.of()
                : attachments.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The same case with these attachments (the files stored or claimed for it) and, when it was submitted by
     * an e-service portal ({@code fromPortal}), never closed on the spot: a portal has no one at the desk.
     */
    public NewCase with(List<Attachment> files, boolean fromPortal) {
        return new NewCase(
                clientKind,
                clientCode,
                clientName,
                clientEmail,
                clientPhone,
                representativeName,
                representativeCode,
                representationBasis,
                representationNote,
                serviceCode,
                type,
                channel,
                intake,
                files,
                note,
                !fromPortal && closeOnSpot,
                fromPortal ? null : outcome,
                fromPortal ? null : outcomeResultType);
    }
}
