package lv.pietura.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A staff member looked at a person's data (their own profile excluded). */
    READ_PERSONAL_DATA,
    IMPORT,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** A version of something (a service's catalogue card) was made public. */
    PUBLISH,
    WITHDRAW,
    /** A file was downloaded (a case's document, a message's file, a report). */
    DOWNLOAD,
    /** Records were exported to a file (a worklist, a dashboard's table); one per person in it besides. */
    EXPORT,
    /** A check of the audit chain was asked for. */
    CHECK
}
