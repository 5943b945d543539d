package lv.pietura.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lv.pietura.security.PasswordHash;
import lv.pietura.shared.Checks;
import lv.pietura.shared.InstitutionOwned;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * A person working in Pietura for one institution, optionally in one of its centres. Owns its
 * credentials and the rules of signing in: wrong passwords lock it, an inactive account or an
 * institution without an agreement cannot sign in, an administrator's temporary password must be
 * changed at the next sign-in.
 */
@Entity
@InstitutionOwned
@DynamicUpdate
@Table(name = "staff_account")
public class StaffAccount {

    public static final int NAME_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    /** Signs in through the institution's identity provider (OpenID Connect); has no password here. */
    @Column(nullable = false)
    private boolean federated;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    // The sign-in bookkeeping does not bump the version: sign-ins of one account at the same moment (a
    // portal's parallel API requests) must not fail one another, nor an administrator's edit. It is written
    // under the row's lock (Guesses), and only changed columns are written (@DynamicUpdate), so neither an
    // edit nor a parallel sign-in overwrites a count with an old one. An administrator's change still
    // conflicts with a concurrent edit.
    @OptimisticLock(excluded = true)
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** Guesses at the password taken and not yet judged: they count against the limit until they are. */
    @OptimisticLock(excluded = true)
    @Column(name = "guesses_in_flight", nullable = false)
    private int guessesInFlight;

    @OptimisticLock(excluded = true)
    @Column(name = "last_guess_at")
    private Instant lastGuessAt;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @OptimisticLock(excluded = true)
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The release of Pietura whose notes they were last shown ("what's new", once after an upgrade). */
    @Column(name = "seen_release", length = 40)
    private String seenRelease;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The staff member whose trainee account this is, in their institution's training sandbox; else {@code null}. */
    @Column(name = "trainee_of")
    private Long traineeOf;

    /** How long a guess at the password may take before it stops counting (its server stopped meanwhile). */
    static final Duration GUESS_TIMEOUT = Duration.ofSeconds(30);

    protected StaffAccount() {}

    /**
     * A new account with a temporary password set by an administrator, to be changed at the first
     * sign-in.
     */
    public StaffAccount(
            String username,
            String fullName,
            String email,
            Institution institution,
            Centre centre,
            Set<Role> roles,
            char[] temporaryPassword,
            Instant now) {
        Checks checks = new Checks();
        String name = normaliseUsername(username);
        checks.that(name != null && USERNAME.matcher(name).matches(), "username", "staff.username.format");
        PasswordPolicy.check(name, temporaryPassword, checks);
        checkDetails(checks, fullName, email, institution, centre, roles);
        checks.throwIfAny();
        this.username = name;
        apply(fullName, email, institution, centre, roles);
        this.passwordHash = PasswordHash.of(temporaryPassword);
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /**
     * An account the identity provider vouches for, made at its first single sign-on: no password, so
     * the form never lets it in; its name, institution and roles follow the provider's token.
     */
    public static StaffAccount federated(
            String username,
            String fullName,
            String email,
            Institution institution,
            Centre centre,
            Set<Role> roles,
            Instant now) {
        StaffAccount account = new StaffAccount();
        String name = normaliseUsername(username);
        Checks checks = new Checks();
        checks.that(name != null && USERNAME.matcher(name).matches(), "username", "staff.username.format");
        checkDetails(checks, fullName, email, institution, centre, roles);
        checks.throwIfAny();
        account.username = name;
        account.apply(fullName, email, institution, centre, roles);
        account.federated = true;
        account.createdAt = now;
        return account;
    }

    /**
     * A single sign-on the provider has already vouched for: the details follow its token, then the rules
     * that no password can bypass apply (an inactive account, an institution without an agreement).
     */
    public SignInOutcome signInFederated(
            String fullName,
            String email,
            Institution institution,
            Centre centre,
            Set<Role> roles,
            Instant now,
            LocalDate today) {
        if (!federated) {
            throw new IllegalStateException("Account " + username + " signs in with its password");
        }
        describe(fullName, email, institution, centre, roles);
        if (!active) {
            return SignInOutcome.INACTIVE;
        }
        if (!institution.mayUseSystemOn(today)) {
            return SignInOutcome.NO_AGREEMENT;
        }
        lastSignInAt = now;
        return SignInOutcome.SIGNED_IN;
    }

    /** The name of a staff member's trainee account: theirs with {@value #TRAINEE_SUFFIX}. */
    public static final String TRAINEE_SUFFIX = ".macibas";

    /**
     * A staff member's trainee account in their institution's training {@code sandbox}: their name with
     * {@value #TRAINEE_SUFFIX}, their full name and e-mail, the roles they work in ({@code roles}), at {@code centre}
     * (a centre of the sandbox, for a consultant), with a temporary password to change at the first sign-in.
     */
    public static StaffAccount traineeOf(
            StaffAccount real,
            Institution sandbox,
            Centre centre,
            Set<Role> roles,
            char[] temporaryPassword,
            Instant now) {
        if (!sandbox.training() || !real.institution.id().equals(sandbox.trainingOf())) {
            throw new IllegalArgumentException("A trainee works in their own institution's sandbox");
        }
        StaffAccount trainee = new StaffAccount(
                real.username + TRAINEE_SUFFIX,
                real.fullName,
                real.email,
                sandbox,
                centre,
                roles,
                temporaryPassword,
                now);
        trainee.traineeOf = real.id;
        return trainee;
    }

    /**
     * This ended trainee account given to its staff member {@code real} again: active, with their details as they are
     * now, the roles they work in ({@code roles}) at {@code centre}, and a new temporary password to change at the
     * first sign-in.
     */
    public void traineeGivenAgain(
            StaffAccount real, Centre centre, Set<Role> roles, char[] temporaryPassword, Instant now) {
        if (!real.id.equals(traineeOf)) {
            throw new IllegalArgumentException("A trainee account is given again to its own staff member only");
        }
        describe(real.fullName, real.email, institution, centre, roles);
        resetPassword(temporaryPassword, now);
        activate();
    }

    /** The staff member this trainee account belongs to, or {@code null} for an ordinary account. */
    public Long traineeOf() {
        return traineeOf;
    }

    /** User names are case-insensitive: stored and looked up in lower case. */
    public static String normaliseUsername(String username) {
        String clean = Checks.clean(username);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }

    /**
     * The user name an account could have under these characters, or {@code null} when none can (the wrong
     * form, a control character, a page of text): a sign-in looks up only names an account can have, so what
     * somebody typed never reaches the database (PostgreSQL refuses the NUL character in text).
     */
    public static String possibleUsername(String typed) {
        String name = normaliseUsername(typed);
        return name != null && USERNAME.matcher(name).matches() ? name : null;
    }

    public void describe(String fullName, String email, Institution institution, Centre centre, Set<Role> roles) {
        Checks checks = new Checks();
        checkDetails(checks, fullName, email, institution, centre, roles);
        checks.throwIfAny();
        apply(fullName, email, institution, centre, roles);
    }

    /** The holder's own change of the details they may keep up to date themselves. */
    public void updateContact(String fullName, String email) {
        new Checks().text("fullName", fullName, NAME_MAX).email("email", email).throwIfAny();
        this.fullName = fullName.strip();
        this.email = email.strip();
    }

    private static void checkDetails(
            Checks checks, String fullName, String email, Institution institution, Centre centre, Set<Role> roles) {
        checks.text("fullName", fullName, NAME_MAX)
                .email("email", email)
                .present("institution", institution)
                .that(roles != null && !roles.isEmpty(), "roles", "staff.roles.required");
        if (centre != null && institution != null) {
            checks.that(sameInstitution(centre.municipality(), institution), "centre", "staff.centre.otherInstitution");
            checks.that(centre.active(), "centre", "staff.centre.closed");
        }
        if (roles != null && roles.contains(Role.CLERK)) {
            checks.that(centre != null, "centre", "staff.clerk.needsCentre");
        }
        if (roles != null && roles.contains(Role.PORTAL)) {
            checks.that(roles.size() == 1, "roles", "staff.portal.alone");
        }
    }

    private static boolean sameInstitution(Institution a, Institution b) {
        return a == b || a.id() != null && a.id().equals(b.id());
    }

    private void apply(String fullName, String email, Institution institution, Centre centre, Set<Role> roles) {
        this.fullName = fullName.strip();
        this.email = email.strip();
        this.institution = institution;
        this.centre = centre;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /**
     * Checks a password and records the attempt, in one step: {@link #takeGuess}, {@link #check}, then
     * {@link #guessedRight} or {@link #guessedWrong}. {@link SignIn} runs the same steps apart, each under the
     * row's lock, with the slow password check between them, so that parallel attempts count one another.
     */
    public SignInOutcome signIn(char[] password, Instant now, LocalDate today, SignInPolicy policy) {
        if (takeGuess(now, policy) != Guess.TAKEN) {
            return SignInOutcome.LOCKED;
        }
        SignInOutcome outcome = check(password, today);
        if (outcome == SignInOutcome.SIGNED_IN) {
            guessedRight(now);
        } else if (guessedWrong(now, policy)) {
            return SignInOutcome.LOCKED;
        }
        return outcome;
    }

    /** What {@link #takeGuess} made of an attempt. */
    public enum Guess {
        /** Counted: the password may be checked. */
        TAKEN,
        /** Locked: no password is checked. */
        LOCKED,
        /** Every guess the policy allows is being checked right now: ask again when one of them is judged. */
        BUSY
    }

    /**
     * Takes a guess at the password before it is checked. Guesses being checked count against the policy's
     * limit together with the wrong ones before them, so however many attempts come at once, at most
     * {@code maxFailures} passwords are checked before the account locks. A guess not judged within
     * {@link #GUESS_TIMEOUT} (its server stopped) no longer counts.
     */
    public Guess takeGuess(Instant now, SignInPolicy policy) {
        if (isLocked(now)) {
            return Guess.LOCKED;
        }
        if (lastGuessAt != null && lastGuessAt.isBefore(now.minus(GUESS_TIMEOUT))) {
            guessesInFlight = 0;
        }
        if (failedSignIns + guessesInFlight >= policy.maxFailures()) {
            return Guess.BUSY;
        }
        guessesInFlight++;
        lastGuessAt = now;
        return Guess.TAKEN;
    }

    /** Whether this password lets the holder in today; changes nothing. */
    public SignInOutcome check(char[] password, LocalDate today) {
        if (!PasswordHash.matches(password, passwordHash)) {
            return SignInOutcome.BAD_CREDENTIALS;
        }
        if (!active) {
            return SignInOutcome.INACTIVE;
        }
        if (!institution.mayUseSystemOn(today)) {
            return SignInOutcome.NO_AGREEMENT;
        }
        return SignInOutcome.SIGNED_IN;
    }

    /** A taken guess was the right password: the wrong ones before it are forgiven. */
    public void guessedRight(Instant now) {
        guessesInFlight = Math.max(0, guessesInFlight - 1);
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** A taken guess was wrong (or the account may not sign in): counted; {@code true} when it locked the account. */
    public boolean guessedWrong(Instant now, SignInPolicy policy) {
        guessesInFlight = Math.max(0, guessesInFlight - 1);
        if (isLocked(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    /** The holder changes their own password, proving they know the current one. */
    public void changePassword(char[] current, char[] next, Instant now) {
        Checks checks = new Checks();
        checks.that(PasswordHash.matches(current, passwordHash), "currentPassword", "password.currentWrong");
        PasswordPolicy.check(username, next, checks);
        checks.that(!PasswordHash.matches(next, passwordHash), "newPassword", "password.sameAsCurrent");
        checks.throwIfAny();
        this.passwordHash = PasswordHash.of(next);
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /** An administrator sets a temporary password: the holder must change it, and the lock is lifted. */
    public void resetPassword(char[] temporary, Instant now) {
        Checks checks = new Checks();
        PasswordPolicy.check(username, temporary, checks);
        checks.throwIfAny();
        this.passwordHash = PasswordHash.of(temporary);
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        unlock();
    }

    /** Demo accounts: their published password counts as chosen by the holder. */
    public void treatPasswordAsChosen() {
        this.mustChangePassword = false;
    }

    public void unlock() {
        this.lockedUntil = null;
        this.failedSignIns = 0;
        this.guessesInFlight = 0;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Institution institution() {
        return institution;
    }

    public Centre centre() {
        return centre;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean active() {
        return active;
    }

    public boolean isFederated() {
        return federated;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the notes of {@code release} are still to be shown to them; they count as shown from now on. */
    public boolean firstSightOf(String release) {
        if (release.equals(seenRelease)) {
            return false;
        }
        seenRelease = release;
        return true;
    }
}
