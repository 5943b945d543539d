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
            String pendingAlertEmail)
            implements java.io.Serializable {}

    public Status status() {
        EAddressAccount mine = mine();
        return new Status(
                mine.name(),
                mine.displayAddress(),
                mine.kind(),
                mine.activated(),
                mine.activatedAt(),
                mine.notifyEmail(),
                mine.alertsPendingEmail());
    }

    public void activate() {
        EAddressAccount mine = mine();
        mine.activateByHolder(clock.instant());
        record(mine, "e-address activated by its holder");
    }

    /** Mails a confirmation link to {@code email}; alerts go there once it is opened (within 24 hours). */
    public void requestAlerts(String email) {
        EAddressAccount mine = mine();
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
        record(mine, "alert address given, confirmation mailed");
    }

    /** The holder opened the link mailed to the alert address. */
    public void confirmAlerts(String token) {
        EAddressAccount mine = mine();
        mine.confirmAlerts(token, clock.instant());
        record(mine, "alert address confirmed");
    }

    public void alertsOff() {
        EAddressAccount mine = mine();
        mine.alertsOff();
        record(mine, "alerts switched off");
    }

    public void deactivate() {
        EAddressAccount mine = mine();
        mine.deactivate();
        record(mine, "e-address deactivated by its holder");
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
        EAddressAccount mine = mine();
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
        EAddressAccount mine = mine();
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

    private void record(EAddressAccount mine, String what) {
        audit.record(
                new Actor(mine.address(), null),
                AuditAction.UPDATE,
                "EAddressAccount",
                mine.id(),
                null,
                what,
                mine.identifier());
    }

    private EAddressAccount mine() {
        return accounts.byAddress(session.getCallerPrincipal().getName())
                .filter(a -> a.kind() == AccountKind.PERSON || a.kind() == AccountKind.COMPANY)
                .orElseThrow(() -> new AccessDenied("caller.unknown"));
    }
}
