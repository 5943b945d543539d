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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.pietura.cases.CaseAction;
import lv.pietura.cases.CaseDocuments;
import lv.pietura.cases.CaseFees;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseView;
import lv.pietura.cases.DocumentPurpose;
import lv.pietura.cases.FeeEntry;
import lv.pietura.cases.HolderAnswers;
import lv.pietura.cases.PaymentMethod;
import lv.pietura.cases.RatingChannel;
import lv.pietura.cases.VisitRatings;
import lv.pietura.eaddress.CaseMail;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Choice;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Pages;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * One case: what was asked, by whom, its deadlines and its history; and the steps the viewer may take
 * now, each in a dialog that names the version of the case the viewer saw.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicAddress address;

    @EJB
    CaseQueries queries;

    @EJB
    CaseHandling handling;

    @EJB
    CaseMail caseMail;

    @EJB
    CaseDocuments caseDocuments;

    @EJB
    CaseFees fees;

    @EJB
    VisitRatings visits;

    @EJB
    HolderAnswers holderAnswers;

    @Inject
    Clock clock;

    private CaseMail.ResultDelivery resultDelivery;
    private CaseMail.Conversation conversation;

    private String idParameter;
    private String clientParameter;
    private long id;
    private CaseView view;

    private Long assignee;
    private List<Choice> specialists;
    private List<Choice> forwardTargets;
    private String reason;
    private Integer days;
    private Long institution;
    private String resultType;
    private final List<FileRef> resultDocuments = new ArrayList<>();
    private boolean seal;
    private Boolean sealAvailable;
    private String ratingLink;
    private FeeEntry.Kind feeKind;
    private PaymentMethod feeMethod;
    private BigDecimal feeAmount;
    private String feeReference;
    private DocumentPurpose additionPurpose = DocumentPurpose.ATTACHMENT;
    private boolean answerGranted = true;

    public void load() {
        Pages.loadById(idParameter, value -> {
            id = value;
            try {
                reload();
            } catch (RuleViolation notAClientCode) {
                // ?client= that is no personal code or registration number names no case of a client
                throw new NotFound("case", value);
            }
        });
    }

    private void reload() {
        view = clientParameter == null || clientParameter.isBlank()
                ? queries.get(id)
                : queries.getForClient(id, clientParameter);
        try {
            conversation = caseMail.conversationOf(id);
        } catch (NotFound servingAnotherCentresClient) {
            conversation = new CaseMail.Conversation(List.of(), List.of());
        }
        resultDelivery = null;
        if (!view.isOpen()) {
            try {
                resultDelivery = caseMail.resultOf(id).orElse(null);
            } catch (NotFound servingAnotherCentresClient) {
                resultDelivery = null;
            }
        }
    }

    /** The requests to the client and the mail under the case (for the handling institution's staff). */
    public CaseMail.Conversation getConversation() {
        return conversation;
    }

    /** How the result reached the client's e-address, or {@code null}. */
    public CaseMail.ResultDelivery getResultDelivery() {
        return resultDelivery;
    }

    public void startStep() {
        reason = null;
        days = null;
        institution = null;
        assignee = null;
        resultType = view.resultTypes().size() == 1 ? view.resultTypes().get(0).code() : null;
        resultDocuments.clear();
        seal = false;
        sealAvailable = null; // asked again as the dialog opens: the case may have become closable on this page
        additionPurpose = DocumentPurpose.ATTACHMENT;
        answerGranted = true;
    }

    @FormAction
    public void take() {
        handling.take(id, view.version());
        done("cases.taken", null);
    }

    @FormAction
    public void assign() {
        step(
                "assignForm",
                () -> handling.assign(id, view.version(), assignee == null ? 0 : assignee),
                "cases.assigned",
                "assignDialog");
    }

    @FormAction
    public void askClient() {
        step("askForm", () -> handling.askClient(id, view.version(), reason), "cases.suspended", "askDialog");
        CaseMail.Request asked = conversation.lastRequest();
        if (asked != null && !FacesContext.getCurrentInstance().isValidationFailed()) {
            if (asked.otherChannel()) {
                FacesMessages.warn("cases.requestOtherChannel");
            } else {
                FacesMessages.info("cases.requestSent");
            }
        }
    }

    @FormAction
    public void resume() {
        step("resumeForm", () -> handling.resume(id, view.version(), reason), "cases.resumed", "resumeDialog");
    }

    @FormAction
    public void extend() {
        step("extendForm", () -> handling.extend(id, view.version(), days, reason), "cases.extended", "extendDialog");
    }

    @FormAction
    public void forward() throws IOException {
        try {
            handling.forward(id, view.version(), institution, reason);
        } catch (PieturaException refused) {
            FacesMessages.show(refused, field -> "forwardForm:" + field);
            return;
        }
        FacesMessages.info("cases.forwarded", view.number());
        FacesMessages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/cases/list");
    }

    @FormAction
    public void uploadResult(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            resultDocuments.add(handling.uploadResult(event.getFile().getFileName(), in));
        }
    }

    /** A document the client brought later, uploaded for the "add documents" step (same list as results). */
    @FormAction
    public void uploadAddition(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            resultDocuments.add(caseDocuments.upload(event.getFile().getFileName(), in));
        }
    }

    @FormAction
    public void addDocuments() {
        step(
                "addDocumentsForm",
                () -> caseDocuments.add(id, view.version(), List.copyOf(resultDocuments), additionPurpose),
                "cases.documentsAdded",
                "addDocumentsDialog");
    }

    /** Opens the fee dialog for a payment (the amount still owed offered), an exemption or a refund. */
    public void startFee(String kind) {
        startStep();
        feeKind = FeeEntry.Kind.valueOf(kind);
        feeMethod = feeKind == FeeEntry.Kind.EXEMPTION ? null : PaymentMethod.CASH;
        feeAmount = feeKind == FeeEntry.Kind.PAYMENT ? view.fees().outstanding().euro() : null;
        feeReference = null;
    }

    @FormAction
    public void recordFee() {
        FeeEntry.Kind kind = feeKind == null ? FeeEntry.Kind.PAYMENT : feeKind;
        step(
                "feeForm",
                () -> {
                    switch (kind) {
                        case PAYMENT -> fees.pay(id, view.version(), feeMethod, feeAmount, feeReference);
                        case EXEMPTION -> fees.exempt(id, view.version(), reason);
                        case REFUND -> fees.refund(id, view.version(), feeMethod, feeAmount, reason);
                    }
                },
                "cases.feeRecorded." + kind,
                "feeDialog");
    }

    /** The application printed for the client to sign, in Latvian ({@code lv}) or English, as a PDF download. */
    public void printout(String language) throws IOException {
        CaseQueries.Printout printout = queries.printout(id, clientParameter, Locale.forLanguageTag(language));
        Faces.sendFile(printout.pdf(), printout.fileName(), true);
    }

    public DocumentPurpose getAdditionPurpose() {
        return additionPurpose;
    }

    public void setAdditionPurpose(DocumentPurpose additionPurpose) {
        this.additionPurpose = additionPurpose == null ? DocumentPurpose.ATTACHMENT : additionPurpose;
    }

    /** Records the answer of a holder outside Pietura: granted (a result type, a note) or refused (the reasons). */
    @FormAction
    public void recordAnswer() {
        step(
                "answerForm",
                () -> {
                    if (answerGranted) {
                        holderAnswers.completed(id, view.version(), resultType, reason, List.copyOf(resultDocuments));
                    } else {
                        holderAnswers.refused(id, view.version(), reason, List.copyOf(resultDocuments));
                    }
                },
                answerGranted ? "cases.completed" : "cases.refused",
                "answerDialog");
    }

    public boolean isAnswerGranted() {
        return answerGranted;
    }

    public void setAnswerGranted(boolean answerGranted) {
        this.answerGranted = answerGranted;
    }

    /** Opens the rating of today's visit on the kiosk screen (a window the client faces), bound to this case. */
    @FormAction
    public void rateVisit() {
        String token = visits.ask(id);
        PrimeFaces.current().executeScript("window.open('" + address.of("/visit") + "?t=" + token + "', '_blank')");
        FacesMessages.info("cases.visitRatingOpened");
    }

    /** The visit can be rated on its day by the consultant of the centre that registered it. */
    public boolean isVisitRateable() {
        return view != null
                && view.actions().contains(CaseAction.RATE_VISIT)
                && view.registeredOn().equals(LocalDate.now(clock.withZone(Clocks.RIGA)));
    }

    /** The receipt of fee entry {@code number}, as a PDF download. */
    public void receipt(int number) throws IOException {
        CaseFees.Receipt receipt = fees.receipt(id, number);
        Faces.sendFile(receipt.pdf(), receipt.fileName(), true);
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public FeeEntry.Kind getFeeKind() {
        return feeKind;
    }

    public PaymentMethod getFeeMethod() {
        return feeMethod;
    }

    public void setFeeMethod(PaymentMethod feeMethod) {
        this.feeMethod = feeMethod;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    public String getFeeReference() {
        return feeReference;
    }

    public void setFeeReference(String feeReference) {
        this.feeReference = feeReference;
    }

    public void removeResult(FileRef file) {
        resultDocuments.remove(file);
    }

    @FormAction
    public void complete() {
        step(
                "completeForm",
                () -> handling.complete(id, view.version(), resultType, reason, List.copyOf(resultDocuments), seal),
                "cases.completed",
                "completeDialog");
    }

    @FormAction
    public void refuse() {
        step(
                "refuseForm",
                () -> handling.refuse(id, view.version(), reason, List.copyOf(resultDocuments), seal),
                "cases.refused",
                "refuseDialog");
    }

    @FormAction
    public void hold() {
        step("holdForm", () -> handling.holdForLaw(id, view.version(), reason), "cases.held", "holdDialog");
    }

    @FormAction
    public void releaseHold() {
        step("caseForm", () -> handling.releaseHold(id, view.version()), "cases.holdReleased", null);
    }

    /** Opens the kiosk page for the client in front of the clerk: a token bound to this case. */
    @FormAction
    public void openKiosk() {
        String token = queries.openRating(id, RatingChannel.KIOSK);
        reload();
        PrimeFaces.current().executeScript("window.open('" + ratingPage() + "?t=" + token + "&kiosk=1', '_blank')");
    }

    /** A one-time link to hand over (printed or read out); shown once. */
    @FormAction
    public void createRatingLink() {
        ratingLink = ratingPage() + "?t=" + queries.openRating(id, RatingChannel.LINK);
        reload();
    }

    @FormAction
    public void sendRatingLink() {
        queries.sendRatingLink(id, ratingPage());
        reload();
        FacesMessages.info("cases.ratingLinkSent", view.clientEmail());
    }

    public void download(CaseView.DocumentView document) throws IOException {
        try (InputStream in = queries.openDocument(id, document.fileId(), clientParameter)) {
            Faces.sendFile(in, document.name(), true);
        }
    }

    /** The signature validation report of a signed document, as XML. */
    public void signatureReport(CaseView.DocumentView document) throws IOException {
        byte[] report =
                queries.signatureReport(id, document.fileId(), clientParameter).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(report, document.name() + ".validation.xml", true);
    }

    private String ratingPage() {
        return address.of("/rate");
    }

    /**
     * Takes a step from a dialog: a refusal is shown beside the dialog's input of the field it names and
     * the dialog stays open; otherwise the dialog closes and the page shows the case as it is now.
     */
    private void step(String form, Runnable change, String messageKey, String dialog) {
        try {
            change.run();
        } catch (PieturaException refused) {
            FacesMessages.show(refused, field -> form + ":" + field);
            return;
        }
        done(messageKey, dialog);
    }

    private void done(String messageKey, String dialog) {
        reload();
        FacesMessages.info(messageKey, view.number());
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    /** Whether the result may be sealed: the case can be closed here and the institution has a seal. */
    public boolean isSealAvailable() {
        if (sealAvailable == null) {
            sealAvailable = view != null && (view.can("COMPLETE") || view.can("REFUSE")) && handling.sealAvailable();
        }
        return sealAvailable;
    }

    public boolean isSeal() {
        return seal;
    }

    public void setSeal(boolean seal) {
        this.seal = seal;
    }

    public List<Choice> getSpecialists() {
        if (specialists == null) {
            specialists = view != null && view.can("ASSIGN") ? handling.specialists() : List.of();
        }
        return specialists;
    }

    public List<Choice> getForwardTargets() {
        if (forwardTargets == null) {
            forwardTargets = view != null && view.can("FORWARD") ? handling.forwardTargets() : List.of();
        }
        return forwardTargets;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getClientParameter() {
        return clientParameter;
    }

    public void setClientParameter(String clientParameter) {
        this.clientParameter = clientParameter;
    }

    public CaseView getView() {
        return view;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getResultType() {
        return resultType;
    }

    public void setResultType(String resultType) {
        this.resultType = resultType;
    }

    public List<FileRef> getResultDocuments() {
        return resultDocuments;
    }

    public String getRatingLink() {
        return ratingLink;
    }

    public long getMaxFileBytes() {
        return CaseRegistration.MAX_FILE_BYTES;
    }
}
