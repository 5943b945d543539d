package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.CaseStep;
import lv.pietura.cases.ClientAsked;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.ServiceCase;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.PieturaException;

/**
 * The case talks to its client through the e-address: a specialist's request ("ask the client") goes to the
 * client's activated e-address as a message under the case, inside the asking transaction (or a flag says that
 * another channel must carry it); the client's answer, a message about the case from the client to the handling
 * institution, is recorded on the case when it arrives and filed under it.
 */
@ApplicationScoped
public class ClientRequests {

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @Inject
    CaseLetters letters;

    @PersistenceContext
    EntityManager em;

    void onAsked(@Observes ClientAsked asked) {
        ServiceCase c = em.find(ServiceCase.class, asked.caseId());
        Optional<EAddressAccount> client = accounts.activatedClientOf(c);
        if (client.isEmpty()) {
            em.persist(CaseRequest.forOtherChannel(c.id(), clock.instant()));
            return;
        }
        String service = c.serviceVersion().name().lv();
        String subject = DocumentTexts.latvian("request.subject", c.number());
        String body = DocumentTexts.latvian(
                "request.body",
                c.number(),
                service,
                asked.reason(),
                c.handlingInstitution().name().lv());
        try {
            Message message = letters.send(c, client.get(), subject, body, List.of());
            em.persist(CaseRequest.sent(c.id(), message.id(), clock.instant()));
        } catch (PieturaException cannotBeSent) {
            em.persist(CaseRequest.forOtherChannel(c.id(), clock.instant()));
        }
    }

    /**
     * A message has just arrived in {@code entry}'s mailbox: when it is the client's, about a case that the receiving
     * institution handles, it is filed under the case and recorded on it.
     */
    void arrived(InboxEntry entry) {
        Message message = entry.message();
        EAddressAccount to = entry.account();
        EAddressAccount from = message.sender();
        if (message.caseId() == null
                || to.kind() != AccountKind.INSTITUTION
                || (from.kind() != AccountKind.PERSON && from.kind() != AccountKind.COMPANY)) {
            return;
        }
        ServiceCase c = em.find(ServiceCase.class, message.caseId());
        if (c == null
                || !c.handlingInstitution().id().equals(to.institutionId())
                || !c.client().kind().latvian()
                || !from.identifier().equals(c.client().code())
                || (c.client().kind() == ClientKind.PERSON) != (from.kind() == AccountKind.PERSON)) {
            return;
        }
        if (c.clientReplied(
                message.subject(),
                new CaseStep(
                        CaseStep.Actor.client(),
                        clock.instant(),
                        LocalDate.now(clock.withZone(Clocks.RIGA)),
                        workingDays.calendar()))) {
            entry.fileUnder(c.id());
        }
    }
}
