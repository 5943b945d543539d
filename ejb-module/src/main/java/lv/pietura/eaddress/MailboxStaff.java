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

    /** A message's files under handles of the caller's own, for {@code purpose}. */
    List<FileRef> granted(Message message, FilePurpose purpose) {
        FileOwner me = callers.current().fileOwner();
        return message.files().stream()
                .map(f -> files.grant(f.ref(), purpose, me))
                .toList();
    }
}
