package lv.pietura.eaddress;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the inbox and the sent items; {@code null} leaves a filter out.
 *
 * @param text   part of the subject or of the other party's name
 * @param unread only messages not yet read (inbox) or not read by every recipient (sent items)
 * @param status sent items with at least one delivery in this status (a failed one, one still waiting)
 * @param work   the inbox's messages assigned to the caller, those not handled yet, or those given to the caller's
 *               units
 */
public record MailboxFilter(String text, Boolean unread, LocalDate from, LocalDate to, DeliveryStatus status, Work work)
        implements Serializable {

    /** Which of the inbox's messages, as work. */
    public enum Work {
        ASSIGNED_TO_ME,
        NOT_HANDLED,
        /** Those given to a unit the caller is a member of. */
        MY_UNITS
    }

    public MailboxFilter(String text, Boolean unread, LocalDate from, LocalDate to, DeliveryStatus status) {
        this(text, unread, from, to, status, null);
    }

    public MailboxFilter(String text, Boolean unread, LocalDate from, LocalDate to) {
        this(text, unread, from, to, null, null);
    }

    public static MailboxFilter none() {
        return new MailboxFilter(null, null, null, null, null, null);
    }
}
