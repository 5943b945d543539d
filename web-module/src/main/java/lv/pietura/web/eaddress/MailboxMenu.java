package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.RoleNames;

/**
 * What of the institution's e-address the menu offers the signed-in staff member: the mailbox only with
 * the right to read it, writing only with the right to send (rights an institution administrator grants),
 * read once per request so that a change of rights shows at the next page.
 */
@Named
@RequestScoped
public class MailboxMenu {

    private static final Set<String> MAY_HOLD_RIGHTS = Set.of(
            RoleNames.CLERK,
            RoleNames.SPECIALIST,
            RoleNames.SERVICE_MANAGER,
            RoleNames.SUPERVISOR,
            RoleNames.INSTITUTION_ADMIN);

    @EJB
    Mailboxes mailboxes;

    @Inject
    HttpServletRequest request;

    private Set<MailboxRight> rights;

    public boolean isRead() {
        return rights().contains(MailboxRight.READ);
    }

    public boolean isSend() {
        return rights().contains(MailboxRight.SEND);
    }

    /**
     * Before a page of the mailbox renders: without the right it needs ({@code READ} or {@code SEND}) the
     * visitor gets the access-denied page (403), not a page that fails half way.
     */
    public void require(String right) {
        if (!rights().contains(MailboxRight.valueOf(right))) {
            throw new AccessDenied("eaddress.right." + right);
        }
    }

    private Set<MailboxRight> rights() {
        if (rights == null) {
            rights = MAY_HOLD_RIGHTS.stream().anyMatch(request::isUserInRole) ? mailboxes.myRights() : Set.of();
        }
        return rights;
    }
}
