package lv.pietura.eaddress;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.files.FileStore;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

import static lv.pietura.shared.RoleNames.EADDRESS_HOLDER;

/**
 * A person's or company's own e-address mailbox: what arrived (opening a message is its read receipt), its
 * files, and a reply to the institution that wrote. The signed-in holder's address is the whole scope.
 */
@Stateless
@RolesAllowed(EADDRESS_HOLDER)
public class MyMailbox {

    @Resource
    SessionContext session;

    @Inject
    Accounts accounts;

    @Inject
    FileStore files;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The holder's name and address. */
    public record Holder(String name, String address) implements java.io.Serializable {
    }

    public Holder me() {
        EAddressAccount mine = mine();
        return new Holder(mine.name(), mine.displayAddress());
    }

    public Page<Mailboxes.Row> inbox(PageRequest page) {
        return PagedQuery.of(em, InboxEntry.class, "e", "InboxEntry e")
                .where("e.account = :mine", "mine", mine())
                .orderBy("e.arrivedAt desc, e.id desc")
                .page(page)
                .map(e -> new Mailboxes.Row(e.message().id(), e.message().subject(), e.message().sender().name(),
                        e.arrivedAt(), e.readAt() != null, e.message().files().size(), DeliveryStatus.DELIVERED));
    }

    public MessageView open(String messageId) {
        EAddressAccount mine = mine();
        InboxEntry entry = entry(messageId, mine);
        if (entry.read(mine.address(), clock.instant())) {
            entry.message().deliveryTo(mine.id()).ifPresent(d -> d.read(entry.readAt()));
        }
        return MessageView.of(entry.message(), false, entry.readAt());
    }

    public InputStream openFile(String messageId, String sha256) {
        InboxEntry entry = entry(messageId, mine());
        if (entry.message().files().stream().noneMatch(f -> f.sha256().equals(sha256))) {
            throw new NotFound("file", sha256);
        }
        return files.open(sha256);
    }

    /** Answers the institution that wrote; persons and companies write to institutions only. */
    public String reply(String messageId, String body) {
        EAddressAccount mine = mine();
        Message original = entry(messageId, mine).message();
        String subject = original.subject().startsWith("Re: ") ? original.subject() : "Re: " + original.subject();
        Message reply = Message.compose(UUID.randomUUID().toString(), mine, null, List.of(original.sender()),
                subject.length() > Message.SUBJECT_MAX ? subject.substring(0, Message.SUBJECT_MAX) : subject, body, List.of(),
                original.caseId(), original.id(), clock.instant(), LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(reply);
        return reply.id();
    }

    private InboxEntry entry(String messageId, EAddressAccount mine) {
        return em.createQuery("select e from InboxEntry e where e.message.id = :m and e.account = :a", InboxEntry.class)
                .setParameter("m", messageId).setParameter("a", mine)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("message", messageId));
    }

    private EAddressAccount mine() {
        return accounts.byAddress(session.getCallerPrincipal().getName())
                .filter(a -> a.kind() != AccountKind.INSTITUTION && a.activated())
                .orElseThrow(() -> new AccessDenied("caller.unknown"));
    }
}
