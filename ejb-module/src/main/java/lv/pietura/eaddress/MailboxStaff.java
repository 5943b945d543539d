package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.AccessDenied;

/** A member of staff at their institution's mailbox, for the mailbox facades: their right, their files. */
@ApplicationScoped
class MailboxStaff {

    @Inject
    CallerContext callers;

    @Inject
    AccountRepository accounts;

    @Inject
    FileStore files;

    @PersistenceContext
    EntityManager em;

    /** The caller's staff account, when they hold {@code right} on their institution's mailbox. */
    StaffAccount require(MailboxRight right) {
        StaffAccount me = em.find(StaffAccount.class, callers.current().staffId());
        if (!accounts.has(me, right)) {
            throw new AccessDenied("eaddress.right." + right);
        }
        return me;
    }

    /**
     * A reader of the institution's mailbox: the whole of it (the right to read it), or only the messages given to
     * the units they are a member of ({@code units}: empty for a reader of the whole).
     */
    record Reader(StaffAccount staff, boolean whole, List<Long> units) {

        /** Whether the reader may read the message that arrived as {@code entry}. */
        boolean reads(InboxEntry entry) {
            return whole || (entry.unit() != null && units.contains(entry.unit().id()));
        }
    }

    /** The caller as a reader of their institution's mailbox: with the right to read it or a member of a unit. */
    Reader reader() {
        StaffAccount me = em.find(StaffAccount.class, callers.current().staffId());
        boolean whole = accounts.has(me, MailboxRight.READ);
        List<Long> units = whole ? List.of() : unitsOf(me); // the whole mailbox reads every unit's messages
        if (!whole && units.isEmpty()) {
            throw new AccessDenied("eaddress.right.READ");
        }
        return new Reader(me, whole, units);
    }

    /** The units {@code staff} is a member of. */
    List<Long> unitsOf(StaffAccount staff) {
        return em.createQuery("select u.id from MailboxUnit u join u.members m where m = :s", Long.class)
                .setParameter("s", staff)
                .getResultList();
    }

    /** A message's files under handles of the caller's own, for {@code purpose}. */
    List<FileRef> granted(Message message, FilePurpose purpose) {
        FileOwner me = callers.current().fileOwner();
        return message.files().stream()
                .map(f -> files.grant(f.ref(), purpose, me))
                .toList();
    }
}
