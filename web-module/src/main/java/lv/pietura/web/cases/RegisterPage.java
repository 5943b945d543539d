package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.IdentityDocument;
import lv.pietura.cases.NewCase;
import lv.pietura.cases.RepresentationBasis;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.CaseMail;
import lv.pietura.files.FileRef;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.RuleViolation;
import lv.pietura.visits.BookingViews;
import lv.pietura.visits.Bookings;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.security.SignedInUser;
import org.primefaces.event.FileUploadEvent;

/**
 * A clerk registers a client's consultation or application: the client, the service found in the
 * published catalogue, the service's own intake form, scans, and for a consultation answered at once
 * its outcome. The facade checks everything; this page only collects it.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SEARCH_ROWS = 10;

    @EJB
    CaseRegistration registration;

    @EJB
    ServiceDirectory directory;

    @Inject
    SignedInUser user;

    @EJB
    CaseMail caseMail;

    /** A received e-address message the case is registered from, or {@code null}. */
    private String fromMessage;

    @EJB
    Bookings bookings;

    /** The booked visit the case is registered for, or {@code null}. */
    private Long booking;

    private String bookingReference;

    private ClientKind clientKind = ClientKind.PERSON;
    private String clientCode;
    private IdentityDocument clientDocumentType;
    private String clientCountry;
    private LocalDate clientBirthDate;
    private String clientName;
    private String clientEmail;
    private String clientPhone;
    private boolean withRepresentative;
    private String representativeName;
    private String representativeCode;
    private RepresentationBasis representativeBasis;
    private String representativeBasisNote;

    private String serviceText;
    private List<ServiceSummary> found;
    private ServiceCard service;

    private CaseType type = CaseType.CONSULTATION;
    private Channel channel = Channel.IN_PERSON;
    private final Map<String, String> intake = new HashMap<>();
    private final List<AttachmentRow> attachments = new ArrayList<>();
    private String note;
    private boolean closeOnSpot;
    private String outcome;
    private String outcomeResultType;

    /** A file uploaded for the case and, optionally, the file field of the intake form it answers. */
    public static class AttachmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FileRef file;
        private String fieldCode;

        AttachmentRow(FileRef file) {
            this.file = file;
        }

        public FileRef getFile() {
            return file;
        }

        public String getFieldCode() {
            return fieldCode;
        }

        public void setFieldCode(String fieldCode) {
            this.fieldCode = fieldCode;
        }
    }

    /**
     * Starts a case from a booked visit (its client's name and contacts, its service) or from a received e-address
     * message (its sender as the client, its files as attachments).
     */
    public void load() {
        if (booking != null && bookingReference == null) {
            fromBooking();
        }
        if (fromMessage == null || fromMessage.isBlank() || !attachments.isEmpty() || clientCode != null) {
            return;
        }
        try {
            CaseMail.ForCase message = caseMail.forCase(fromMessage);
            if (message.senderKind() == AccountKind.PERSON || message.senderKind() == AccountKind.COMPANY) {
                clientKind = message.senderKind() == AccountKind.PERSON ? ClientKind.PERSON : ClientKind.ORGANISATION;
                clientCode = message.senderCode();
                clientName = message.senderName();
            }
            type = CaseType.APPLICATION;
            channel = Channel.E_ADDRESS;
            note = message.subject();
            message.files().forEach(f -> attachments.add(new AttachmentRow(f)));
        } catch (PieturaException | jakarta.ejb.EJBAccessException notReadable) {
            fromMessage = null;
        }
    }

    private void fromBooking() {
        BookingViews.ForCase booked;
        try {
            booked = bookings.forCase(booking);
        } catch (PieturaException | jakarta.ejb.EJBAccessException notYours) {
            booking = null;
            return;
        }
        bookingReference = booked.reference();
        clientName = booked.name();
        clientEmail = booked.email();
        clientPhone = booked.phone();
        try {
            service = directory.inForce(booked.serviceCode());
        } catch (NotFound withdrawn) {
            service = null;
        }
    }

    public void searchServices() {
        Long centreId = user.getProfile().centreId();
        found = directory
                .search(
                        new ServiceFilter(serviceText, null, null, null, centreId, null),
                        PageRequest.of(0, SEARCH_ROWS))
                .rows();
    }

    @FormAction
    public void choose(String code) {
        try {
            service = directory.inForce(code);
        } catch (NotFound e) {
            throw RuleViolation.ofField("serviceText", "case.service.notInForce", code);
        }
        found = null;
        intake.clear();
        attachments.forEach(a -> a.setFieldCode(null));
        outcomeResultType = null;
        if (type == CaseType.APPLICATION
                && !service.requestChannels().contains(channel)
                && !service.requestChannels().isEmpty()) {
            channel = service.requestChannels().contains(Channel.IN_PERSON)
                    ? Channel.IN_PERSON
                    : service.requestChannels().iterator().next();
        }
    }

    public void changeService() {
        service = null;
        found = null;
    }

    @FormAction
    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            FileRef stored = registration.upload(event.getFile().getFileName(), in);
            attachments.add(new AttachmentRow(stored));
        }
    }

    public void removeAttachment(AttachmentRow row) {
        attachments.remove(row);
    }

    public void register() throws IOException {
        if (service == null) {
            FacesMessages.show(RuleViolation.ofField("serviceText", "case.service.choose"));
            return;
        }
        boolean anonymous = clientKind == ClientKind.ANONYMOUS;
        NewCase given = new NewCase(
                clientKind,
                anonymous ? null : clientCode,
                anonymous ? null : clientName,
                anonymous ? null : clientEmail,
                anonymous ? null : clientPhone,
                withRepresentative ? representativeName : null,
                withRepresentative ? representativeCode : null,
                withRepresentative ? representativeBasis : null,
                withRepresentative ? representativeBasisNote : null,
                service.code(),
                type,
                channel,
                intake,
                attachments.stream()
                        .map(a -> new NewCase.Attachment(a.getFile(), a.getFieldCode()))
                        .toList(),
                note,
                type == CaseType.CONSULTATION && closeOnSpot,
                outcome,
                outcomeResultType,
                clientKind == ClientKind.FOREIGN_PERSON
                        ? new NewCase.Foreign(clientDocumentType, clientCountry, clientBirthDate)
                        : null);
        CaseRef registered;
        try {
            registered = booking == null ? registration.register(given) : bookings.register(booking, given);
        } catch (PieturaException refused) {
            FacesMessages.show(refused, this::intakeClientId);
            return;
        }
        FacesMessages.info(given.closeOnSpot() ? "cases.registeredClosed" : "cases.registered", registered.number());
        if (fromMessage != null) {
            try {
                caseMail.fileUnder(fromMessage, registered.number());
            } catch (PieturaException notFiled) {
                FacesMessages.error("cases.messageNotFiled");
            }
        }
        FacesMessages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/cases/case?id=" + registered.id());
    }

    /** An intake field's problem ({@code intake.<code>}) belongs beside that field's row of the form. */
    private String intakeClientId(String field) {
        if (!field.startsWith("intake.")) {
            return null;
        }
        String code = field.substring("intake.".length());
        List<ServiceCard.FieldView> inputs = getInputFields();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).code().equals(code)) {
                return "registerForm:intakeFields:" + i
                        + (inputs.get(i).type() == FieldType.CHOICE ? ":choice" : ":value");
            }
        }
        return null;
    }

    public Long getBooking() {
        return booking;
    }

    public void setBooking(Long booking) {
        this.booking = booking;
    }

    public String getBookingReference() {
        return bookingReference;
    }

    public String getFromMessage() {
        return fromMessage;
    }

    public void setFromMessage(String fromMessage) {
        this.fromMessage = fromMessage;
    }

    public List<ServiceCard.FieldView> getInputFields() {
        return service == null
                ? List.of()
                : service.intakeForm().stream()
                        .filter(f -> f.type() != FieldType.FILE)
                        .toList();
    }

    public List<ServiceCard.FieldView> getFileFields() {
        return service == null
                ? List.of()
                : service.intakeForm().stream()
                        .filter(f -> f.type() == FieldType.FILE)
                        .toList();
    }

    public List<Channel> getChannels() {
        if (service == null
                || type == CaseType.CONSULTATION
                || service.requestChannels().isEmpty()) {
            return List.of(Channel.values());
        }
        return List.of(Channel.values()).stream()
                .filter(service.requestChannels()::contains)
                .toList();
    }

    public ClientKind[] getClientKinds() {
        return ClientKind.values();
    }

    /** An anonymous client comes for a consultation only: the page turns to one. */
    public void kindChanged() {
        if (clientKind == ClientKind.ANONYMOUS) {
            type = CaseType.CONSULTATION;
        }
    }

    public boolean isAnonymous() {
        return clientKind == ClientKind.ANONYMOUS;
    }

    public boolean isForeign() {
        return clientKind == ClientKind.FOREIGN_PERSON;
    }

    public IdentityDocument[] getDocumentTypes() {
        return IdentityDocument.values();
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public RepresentationBasis[] getBases() {
        return RepresentationBasis.values();
    }

    public long getMaxFileBytes() {
        return CaseRegistration.MAX_FILE_BYTES;
    }

    public boolean isConsultation() {
        return type == CaseType.CONSULTATION;
    }

    public ClientKind getClientKind() {
        return clientKind;
    }

    public IdentityDocument getClientDocumentType() {
        return clientDocumentType;
    }

    public void setClientDocumentType(IdentityDocument clientDocumentType) {
        this.clientDocumentType = clientDocumentType;
    }

    public String getClientCountry() {
        return clientCountry;
    }

    public void setClientCountry(String clientCountry) {
        this.clientCountry = clientCountry;
    }

    public LocalDate getClientBirthDate() {
        return clientBirthDate;
    }

    public void setClientBirthDate(LocalDate clientBirthDate) {
        this.clientBirthDate = clientBirthDate;
    }

    public void setClientKind(ClientKind clientKind) {
        this.clientKind = clientKind;
    }

    public String getClientCode() {
        return clientCode;
    }

    public void setClientCode(String clientCode) {
        this.clientCode = clientCode;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getClientEmail() {
        return clientEmail;
    }

    public void setClientEmail(String clientEmail) {
        this.clientEmail = clientEmail;
    }

    public String getClientPhone() {
        return clientPhone;
    }

    public void setClientPhone(String clientPhone) {
        this.clientPhone = clientPhone;
    }

    public boolean isWithRepresentative() {
        return withRepresentative;
    }

    public void setWithRepresentative(boolean withRepresentative) {
        this.withRepresentative = withRepresentative;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getRepresentativeCode() {
        return representativeCode;
    }

    public void setRepresentativeCode(String representativeCode) {
        this.representativeCode = representativeCode;
    }

    public RepresentationBasis getRepresentativeBasis() {
        return representativeBasis;
    }

    public void setRepresentativeBasis(RepresentationBasis representativeBasis) {
        this.representativeBasis = representativeBasis;
    }

    public String getRepresentativeBasisNote() {
        return representativeBasisNote;
    }

    public void setRepresentativeBasisNote(String representativeBasisNote) {
        this.representativeBasisNote = representativeBasisNote;
    }

    public String getServiceText() {
        return serviceText;
    }

    public void setServiceText(String serviceText) {
        this.serviceText = serviceText;
    }

    public List<ServiceSummary> getFound() {
        return found;
    }

    public ServiceCard getService() {
        return service;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Map<String, String> getIntake() {
        return intake;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCloseOnSpot() {
        return closeOnSpot;
    }

    public void setCloseOnSpot(boolean closeOnSpot) {
        this.closeOnSpot = closeOnSpot;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeResultType() {
        return outcomeResultType;
    }

    public void setOutcomeResultType(String outcomeResultType) {
        this.outcomeResultType = outcomeResultType;
    }
}
