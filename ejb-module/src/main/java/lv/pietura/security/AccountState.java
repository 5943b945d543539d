package lv.pietura.security;

/**
 * A staff account as a sign-in on the API needs it now ({@link VerifiedApiCredentials}).
 *
 * @param passwordHash       the stored hash the credentials would be checked against
 * @param mayWork            active, not locked, and its institution may use the system today
 * @param mustChangePassword the account's password was set by someone else and must be changed first
 */
public record AccountState(String passwordHash, boolean mayWork, boolean mustChangePassword) {}
