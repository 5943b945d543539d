package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lv.pietura.cases.CaseClosed;
import lv.pietura.cases.CaseDocument;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.DocumentPurpose;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileRef;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.PieturaException;

/**
 * Regulation 402: the fact and the result of every service, whatever channel it came by (an e-service's submission
 * too), go to the client's activated e-address; the result's documents go with it where the service's result type
 * says so. Observes a case's completion or refusal inside the closing transaction, so the message is stored with
 * the result or not at all (the worker then delivers it); a client without an activated e-address leaves the case
 * flagged for another channel.
 */
@ApplicationScoped
public class ServiceResults {

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    CaseLetters letters;

    @PersistenceContext
    EntityManager em;

    void onClosed(@Observes CaseClosed closed) {
        if (em.find(CaseResult.class, closed.caseId()) != null) {
            return;
        }
        ServiceCase c = em.find(ServiceCase.class, closed.caseId());
        Optional<EAddressAccount> client = accounts.activatedClientOf(c);
        if (client.isEmpty()) {
            em.persist(CaseResult.forOtherChannel(c.id(), clock.instant()));
            return;
        }
        // the fact and the result always; the result's documents where the service's result type says they travel so
        List<FileRef> documents = !closed.sentToEAddress()
                ? List.of()
                : c.documents().stream()
                        .filter(d -> d.purpose() == DocumentPurpose.RESULT)
                        .map(CaseDocument::ref)
                        .toList();
        boolean refused = closed.state() == CaseState.REFUSED;
        String result =
                c.result().map(r -> r.name().lv()).orElse(refused ? DocumentTexts.latvian("result.refused") : "");
        String service = c.serviceVersion().name().lv();
        String subject =
                DocumentTexts.latvian(refused ? "result.subject.refused" : "result.subject.completed", service);
        String body = DocumentTexts.latvian(
                "result.body",
                c.number(),
                service,
                result,
                c.resultNote() == null ? "" : "\n\n" + c.resultNote(),
                c.handlingInstitution().name().lv());
        try {
            Message message = letters.send(c, client.get(), subject, body, documents);
            em.persist(CaseResult.sent(c.id(), message.id(), clock.instant()));
        } catch (PieturaException cannotBeSent) {
            em.persist(CaseResult.forOtherChannel(c.id(), clock.instant()));
        }
    }
}
