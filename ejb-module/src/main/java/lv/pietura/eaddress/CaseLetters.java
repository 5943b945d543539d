package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileRef;
import lv.pietura.shared.Clocks;

/**
 * A letter of a case's handling institution to the case's client (a request, the result), stored under the case
 * in the transaction that writes it; the worker delivers it.
 */
@ApplicationScoped
class CaseLetters {

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** @throws lv.pietura.shared.PieturaException when the message breaks a rule (the client cannot get it) */
    Message send(ServiceCase c, EAddressAccount client, String subject, String body, List<FileRef> documents) {
        Message message = Message.compose(
                UUID.randomUUID().toString(),
                accounts.ofInstitution(c.handlingInstitution().id()),
                null,
                List.of(client),
                subject.length() > Message.SUBJECT_MAX ? subject.substring(0, Message.SUBJECT_MAX) : subject,
                body,
                documents,
                c.id(),
                null,
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(message);
        return message;
    }
}
