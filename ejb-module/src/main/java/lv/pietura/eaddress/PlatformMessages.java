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
import lv.pietura.files.FileRef;
import lv.pietura.shared.Clocks;

/**
 * What Pietura itself sends by e-address (the ministry's reports): from the platform's own account to
 * institutions, stored in the caller's transaction and delivered by the worker like any message.
 */
@ApplicationScoped
public class PlatformMessages {

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** @return the message id */
    public String send(List<Long> institutionIds, String subject, String body, List<FileRef> files) {
        List<EAddressAccount> recipients =
                institutionIds.stream().map(accounts::ofInstitution).toList();
        Message message = Message.compose(
                UUID.randomUUID().toString(),
                accounts.platform(),
                null,
                recipients,
                subject,
                body,
                files,
                null,
                null,
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(message);
        return message.id();
    }
}
