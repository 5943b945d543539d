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

    /** Whether the mailbox is open to the caller: the right to read it, or a member of a unit of it. */
    public boolean isRead() {
        return isWhole() || !units().isEmpty();
    }

    /** Whether the caller reads the whole mailbox (its sent messages too), not only what is given to their units. */
    public boolean isWhole() {
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
        boolean may = "READ".equals(right) ? isRead() : rights().contains(MailboxRight.valueOf(right));
        if (!may) {
            throw new AccessDenied("eaddress.right." + right);
        }
    }

    private java.util.List<String> units;

    private java.util.List<String> units() {
        if (units == null) {
            units = MAY_HOLD_RIGHTS.stream().anyMatch(request::isUserInRole)
                    ? mailboxes.myUnits()
                    : java.util.List.of();
        }
        return units;
    }

    private Set<MailboxRight> rights() {
        if (rights == null) {
            rights = MAY_HOLD_RIGHTS.stream().anyMatch(request::isUserInRole) ? mailboxes.myRights() : Set.of();
        }
        return rights;
    }
}
