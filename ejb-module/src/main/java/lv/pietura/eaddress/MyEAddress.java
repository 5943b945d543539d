package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.EADDRESS_HOLDER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.mail.Mailer;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/**
 * A person's or company's own e-address, as its holder keeps it: activate it (from then on institutions can
 * write to it), choose the address alerts go to (it counts once the link mailed to it is opened), switch alerts
 * off, deactivate. The signed-in holder's own account is the whole scope; every change is audited and holds for
 * senders at once (they read the account as it is now).
 */
@Stateless
@RolesAllowed(EADDRESS_HOLDER)
public class MyEAddress {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    Holders holders;

    @Inject
    Mailer mailer;

    @Inject
    PublicAddress address;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The holder's e-address as it stands: whether it can be written to and where alerts go. */
    public record Status(
            String name,
            String address,
            AccountKind kind,
            boolean activated,
            Instant activatedAt,
            String alertEmail,
            String pendingAlertEmail,
            String representative)
            implements java.io.Serializable {

        /** Whether a person works a company's e-address as its representative ({@link #representative}). */
        public boolean forCompany() {
            return representative != null;
        }
    }

    public Status status() {
        Holders.Holder holder = holder();
        EAddressAccount mine = holder.account();
        return new Status(
                mine.name(),
                mine.displayAddress(),
                mine.kind(),
                mine.activated(),
                mine.activatedAt(),
                mine.notifyEmail(),
                mine.alertsPendingEmail(),
                holder.forCompany() ? holder.person().name() : null);
    }

    public void activate() {
        Holders.Holder holder = holder();
        holder.account().activateByHolder(clock.instant());
        record(holder, "e-address activated by its holder");
    }

    /** Mails a confirmation link to {@code email}; alerts go there once it is opened (within 24 hours). */
    public void requestAlerts(String email) {
        Holders.Holder holder = holder();
        EAddressAccount mine = holder.account();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = mine.requestAlerts(
                email, Base64.getUrlEncoder().withoutPadding().encodeToString(random), clock.instant());
        try {
            mailer.send(
                    mine.alertsPendingEmail(),
                    "alertsConfirm",
                    mine.displayAddress(),
                    address.of("/my/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        } catch (Mailer.NotSent e) {
            throw RuleViolation.ofField("alertEmail", "eaddress.alerts.notSent");
        }
        record(holder, "alert address given, confirmation mailed");
    }

    /** The holder opened the link mailed to the alert address. */
    public void confirmAlerts(String token) {
        Holders.Holder holder = holder();
        if (!holder.account().awaitsAlertsLink(token) && !holder.forCompany()) {
            // the link mailed for a company the person represents, opened while they work their own e-address
            EAddressAccount person = holder.person();
            holder = holders.current(person).stream()
                    .map(Representation::company)
                    .filter(company -> company.awaitsAlertsLink(token))
                    .findFirst()
                    .map(company -> new Holders.Holder(company, person))
                    .orElse(holder);
        }
        holder.account().confirmAlerts(token, clock.instant());
        record(holder, "alert address confirmed");
    }

    public void alertsOff() {
        Holders.Holder holder = holder();
        holder.account().alertsOff();
        record(holder, "alerts switched off");
    }

    public void deactivate() {
        Holders.Holder holder = holder();
        holder.account().deactivate();
        record(holder, "e-address deactivated by its holder");
    }

    /** A request of the holder's to activate a company's e-address, as the holder sees it. */
    public record CompanyRequestView(
            String company,
            String address,
            CompanyRequest.Status status,
            Instant requestedAt,
            Instant decidedAt,
            String refusal)
            implements java.io.Serializable {}

    /**
     * A person asks to activate the e-address of a company they are entitled to represent, stating the basis; a
     * platform administrator decides. A number that names no company of the addressee catalogue is refused as such.
     */
    public void requestCompany(String registrationNumber, String basis) {
        EAddressAccount mine = holders.own(caller());
        if (mine.kind() != AccountKind.PERSON) {
            throw new AccessDenied("eaddress.company.personsOnly");
        }
        RegistrationNumber number = RegistrationNumber.of(registrationNumber, "registrationNumber");
        EAddressAccount company = accounts.withIdentifier(AccountKind.COMPANY, number.value())
                .orElseThrow(() -> RuleViolation.ofField("registrationNumber", "eaddress.company.unknown"));
        boolean pending = !em.createQuery(
                        "select r.id from CompanyRequest r where r.company = :c and r.personCode = :p"
                                + " and r.status = :pending",
                        Long.class)
                .setParameter("c", company)
                .setParameter("p", mine.identifier())
                .setParameter("pending", CompanyRequest.Status.PENDING)
                .getResultList()
                .isEmpty();
        if (pending) {
            throw RuleViolation.ofField("registrationNumber", "eaddress.company.alreadyRequested", company.name());
        }
        CompanyRequest request = CompanyRequest.of(company, mine, basis, clock.instant());
        em.persist(request);
        audit.record(
                new Actor(mine.address(), null),
                AuditAction.CREATE,
                "CompanyRequest",
                null,
                null,
                "asked to activate the e-address of " + company.address(),
                company.identifier());
    }

    /** The holder's requests to activate a company's e-address, newest first. */
    public List<CompanyRequestView> companyRequests() {
        EAddressAccount mine = holders.own(caller());
        return em.createQuery(
                        "select r from CompanyRequest r join fetch r.company where r.personCode = :p"
                                + " order by r.requestedAt desc",
                        CompanyRequest.class)
                .setParameter("p", mine.identifier())
                .setMaxResults(50)
                .getResultStream()
                .map(r -> new CompanyRequestView(
                        r.company().name(),
                        r.company().address(),
                        r.status(),
                        r.requestedAt(),
                        r.decidedAt(),
                        r.refusal()))
                .toList();
    }

    /** A company the person represents, as they see it: whether its e-address is activated, and on what basis. */
    public record RepresentedCompany(
            long id, String name, String address, boolean activated, Representation.Basis basis, Instant since)
            implements java.io.Serializable {}

    /** The companies the signed-in person represents now, by name (none for a company signed in). */
    public List<RepresentedCompany> representedCompanies() {
        EAddressAccount own = holders.own(caller());
        if (own.kind() != AccountKind.PERSON) {
            return List.of();
        }
        return holders.current(own).stream()
                .map(r -> new RepresentedCompany(
                        r.company().id(),
                        r.company().name(),
                        r.company().displayAddress(),
                        r.company().activated(),
                        r.basis(),
                        r.since()))
                .toList();
    }

    /**
     * The person works the e-address of the company they represent from now on (its mailbox, its settings), until
     * they go back to their own; a company they do not represent is not found. Audited.
     */
    public void workFor(long companyAccountId) {
        EAddressAccount own = holders.own(caller());
        Representation representation = holders.workFor(own, companyAccountId);
        audit.record(
                new Actor(own.address(), null),
                AuditAction.UPDATE,
                "Representation",
                representation.id(),
                null,
                "works the e-address of " + representation.company().address() + " as its representative",
                representation.company().identifier());
    }

    /** Back to the person's own e-address. */
    public void workOwn() {
        holders.workOwn();
    }

    /** A change to the e-address the caller works, audited: by whom, and whose e-address it is. */
    private void record(Holders.Holder holder, String what) {
        EAddressAccount mine = holder.account();
        audit.record(
                new Actor(holder.person().address(), null),
                AuditAction.UPDATE,
                "EAddressAccount",
                mine.id(),
                null,
                holder.forCompany() ? what + " (by its representative)" : what,
                mine.identifier());
    }

    private Holders.Holder holder() {
        return holders.of(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
