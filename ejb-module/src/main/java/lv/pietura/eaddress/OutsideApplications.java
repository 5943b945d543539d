package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.CaseDocument;
import lv.pietura.cases.CaseRegistered;
import lv.pietura.cases.CaseStep;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileRef;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.DocumentTexts;

/**
 * An application registered at a centre for a holder that does not work in Pietura goes to the holder's e-address
 * as one message from the registering institution's: the client, the intake form and the files; stored in the
 * registering transaction (the worker delivers it) and filed under the case, which records that it was sent.
 */
@ApplicationScoped
class OutsideApplications {

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    void onRegistered(@Observes CaseRegistered registered) {
        ServiceCase c = em.find(ServiceCase.class, registered.caseId());
        if (c == null || !c.outsidePietura()) {
            return;
        }
        String service = c.serviceVersion().name().lv();
        String client = c.client().name() == null
                ? ""
                : c.client().name()
                        + (c.client().formattedCode() == null
                                ? ""
                                : ", " + c.client().formattedCode());
        String intake = c.intake().entrySet().stream()
                .map(e -> "- " + label(c, e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        List<FileRef> files = c.documents().stream().map(CaseDocument::ref).toList();
        String subject = DocumentTexts.latvian("outside.subject", c.number(), service);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.RIGA));
        Message message = Message.compose(
                UUID.randomUUID().toString(),
                accounts.ofInstitution(c.registeringInstitution().id()),
                null,
                List.of(accounts.ofInstitution(c.handlingInstitution().id())),
                subject.length() > Message.SUBJECT_MAX ? subject.substring(0, Message.SUBJECT_MAX) : subject,
                DocumentTexts.latvian(
                        "outside.body",
                        c.centre() == null ? "" : c.centre().name(),
                        service,
                        c.number(),
                        client,
                        c.client().email() == null ? "" : c.client().email(),
                        c.client().phone() == null ? "" : c.client().phone(),
                        intake.isEmpty() ? "-" : intake,
                        c.note() == null ? "" : c.note(),
                        c.registeringInstitution().name().lv()),
                files,
                c.id(),
                null,
                clock.instant(),
                today,
                workingDays.calendar());
        em.persist(message);
        c.sentToHolder(
                message.id(), new CaseStep(CaseStep.Actor.system(), clock.instant(), today, workingDays.calendar()));
    }

    private static String label(ServiceCase c, String code) {
        return c.serviceVersion().intakeForm().stream()
                .filter(f -> f.code().equals(code))
                .map(f -> f.label().lv())
                .findFirst()
                .orElse(code);
    }
}
