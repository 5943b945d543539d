package lv.pietura.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
 * @param clientCode        a personal code, a registration number or a foreign client's document number
 * @param foreign           a foreign client's document and date of birth, else {@code null}
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
        String outcomeResultType,
        Foreign foreign)
        implements Serializable {

    /**
     * What else a foreign client is recorded by (the document's number is the client code).
     *
     * @param country the document's issuing country, ISO 3166-1 alpha-2
     */
    public record Foreign(IdentityDocument documentType, String country, LocalDate birthDate) implements Serializable {}

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
     * A case of the client for the service, with its intake form's values: no contact, representative, files or
     * note, not answered on the spot (the withers below add those).
     */
    public static NewCase of(
            ClientKind clientKind,
            String clientCode,
            String clientName,
            String serviceCode,
            CaseType type,
            Channel channel,
            Map<String, String> intake) {
        return new Draft(clientKind, clientCode, clientName, serviceCode, type, channel, intake).done();
    }

    /** The same case with the client's e-mail address and telephone. */
    public NewCase withContact(String email, String phone) {
        return change(d -> {
            d.clientEmail = email;
            d.clientPhone = phone;
        });
    }

    /** The same case brought by a representative (a person's code, the basis and a note on it). */
    public NewCase representedBy(String name, String code, RepresentationBasis basis, String basisNote) {
        return change(d -> {
            d.representativeName = name;
            d.representativeCode = code;
            d.representationBasis = basis;
            d.representationNote = basisNote;
        });
    }

    /** The same case for a foreign client identified by a document numbered {@code number}. */
    public NewCase forForeignClient(String number, IdentityDocument documentType, String country, LocalDate birthDate) {
        return change(d -> {
            d.clientKind = ClientKind.FOREIGN_PERSON;
            d.clientCode = number;
            d.foreign = new Foreign(documentType, country, birthDate);
        });
    }

    /** The same case for an anonymous client: no code, name or contact. */
    public NewCase anonymous() {
        return change(d -> {
            d.clientKind = ClientKind.ANONYMOUS;
            d.clientCode = null;
            d.clientName = null;
            d.clientEmail = null;
            d.clientPhone = null;
            d.foreign = null;
        });
    }

    /** The same case with a note for the holder. */
    public NewCase withNote(String text) {
        return change(d -> d.note = text);
    }

    /** The same case for another service, or as another type. */
    public NewCase forService(String otherServiceCode, CaseType otherType) {
        return change(d -> {
            d.serviceCode = otherServiceCode;
            d.type = otherType;
        });
    }

    /** The same case with these files. */
    public NewCase withAttachments(List<Attachment> files) {
        return change(d -> d.attachments = files);
    }

    /** The same case answered at once ({@code outcome}), by one of the service's result types or none. */
    public NewCase answeredOnTheSpot(String answer, String resultType) {
        return change(d -> {
            d.closeOnSpot = true;
            d.outcome = answer;
            d.outcomeResultType = resultType;
        });
    }

    /**
     * The same case with these attachments (the files stored or claimed for it) and, when it was submitted by
     * an e-service portal ({@code fromPortal}), never closed on the spot: a portal has no one at the desk.
     */
    public NewCase with(List<Attachment> files, boolean fromPortal) {
        return change(d -> {
            d.attachments = files;
            if (fromPortal) {
                d.closeOnSpot = false;
                d.outcome = null;
                d.outcomeResultType = null;
            }
        });
    }

    private NewCase change(Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.done();
    }

    /** A case being put together: the one place its components are written out. */
    private static final class Draft {
        private ClientKind clientKind;
        private String clientCode;
        private String clientName;
        private String clientEmail;
        private String clientPhone;
        private String representativeName;
        private String representativeCode;
        private RepresentationBasis representationBasis;
        private String representationNote;
        private String serviceCode;
        private CaseType type;
        private Channel channel;
        private Map<String, String> intake;
        private List<Attachment> attachments;
        private String note;
        private boolean closeOnSpot;
        private String outcome;
        private String outcomeResultType;
        private Foreign foreign;

        private Draft(
                ClientKind clientKind,
                String clientCode,
                String clientName,
                String serviceCode,
                CaseType type,
                Channel channel,
                Map<String, String> intake) {
            this.clientKind = clientKind;
            this.clientCode = clientCode;
            this.clientName = clientName;
            this.serviceCode = serviceCode;
            this.type = type;
            this.channel = channel;
            this.intake = intake;
        }

        private Draft(NewCase c) {
            this(c.clientKind, c.clientCode, c.clientName, c.serviceCode, c.type, c.channel, c.intake);
            clientEmail = c.clientEmail;
            clientPhone = c.clientPhone;
            representativeName = c.representativeName;
            representativeCode = c.representativeCode;
            representationBasis = c.representationBasis;
            representationNote = c.representationNote;
            attachments = c.attachments;
            note = c.note;
            closeOnSpot = c.closeOnSpot;
            outcome = c.outcome;
            outcomeResultType = c.outcomeResultType;
            foreign = c.foreign;
        }

        private NewCase done() {
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
                    attachments,
                    note,
                    closeOnSpot,
                    outcome,
                    outcomeResultType,
                    foreign);
        }
    }
}
