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
import lv.pietura.cases.DocumentPurpose;
import lv.pietura.cases.ResultNotice;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileRef;
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
        // the fact and the result always; the result's documents where the service's result type says they travel so,
        // sealed into one container where the holder sealed them
        List<FileRef> documents = !closed.sentToEAddress() ? List.of() : resultDocumentsOf(c);
        ResultNotice notice = ResultNotice.of(c);
        try {
            Message message = letters.send(c, client.get(), notice.subject(), notice.body(), documents);
            em.persist(CaseResult.sent(c.id(), message.id(), clock.instant()));
        } catch (PieturaException cannotBeSent) {
            em.persist(CaseResult.forOtherChannel(c.id(), clock.instant()));
        }
    }

    /** The sealed result where there is one (it holds the documents), else the documents as recorded. */
    private static List<FileRef> resultDocumentsOf(ServiceCase c) {
        List<FileRef> sealed = c.documents().stream()
                .filter(d -> d.purpose() == DocumentPurpose.SEALED_RESULT)
                .map(CaseDocument::ref)
                .toList();
        return sealed.isEmpty() ? c.resultDocuments() : sealed;
    }
}
