package lv.pietura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.ServiceCase;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.AccountRepository;
import lv.pietura.eaddress.EAddressAccount;
import lv.pietura.eaddress.MailboxGrant;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.Message;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.StaffAccount;

/**
 * Demo e-address: an account for every institution, the demo clients' accounts (two of three persons
 * activated, every company), mailbox rights for the demo staff, and a few messages to read.
 */
@ApplicationScoped
public class EAddressDemo {

    private static final Map<String, List<MailboxRight>> RIGHTS = Map.of(
            "adazi.clerk", List.of(MailboxRight.READ, MailboxRight.SEND),
            "cesis.clerk", List.of(MailboxRight.READ, MailboxRight.SEND),
            "adazi.specialist", List.of(MailboxRight.READ, MailboxRight.SEND),
            "vsaa.specialist", List.of(MailboxRight.READ, MailboxRight.SEND),
            "vsaa.specialist2", List.of(MailboxRight.READ),
            "vid.specialist", List.of(MailboxRight.READ, MailboxRight.SEND));

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    public boolean isLoaded() {
        return em.createQuery("select count(a) from EAddressAccount a where a.kind = :p", Long.class)
                        .setParameter("p", AccountKind.PERSON)
                        .getSingleResult()
                > 0;
    }

    @Transactional
    public void load(LocalDate today, Instant now, DemoPasswords passwords) {
        em.createQuery("select i.id from Institution i order by i.id", Long.class)
                .getResultList()
                .forEach(accounts::ofInstitution);
        int n = 0;
        for (ServiceCase c : em.createQuery("select c from ServiceCase c order by c.id", ServiceCase.class)
                .getResultList()) {
            if (!c.client().kind().latvian()) {
                continue; // foreign and anonymous clients have no e-address
            }
            boolean person = c.client().kind() == ClientKind.PERSON;
            if (accounts.ofClient(person, c.client().code()).isPresent()) {
                continue;
            }
            EAddressAccount account = person
                    ? EAddressAccount.ofPerson(c.client().code(), c.client().name(), n++ % 3 != 2, now)
                    : EAddressAccount.ofCompany(c.client().code(), c.client().name(), true, now);
            em.persist(account);
        }
        // A person who signs in to their own mailbox in the demo (README): Anna Ozola, 010190-12349.
        EAddressAccount anna = accounts.withIdentifier(AccountKind.PERSON, "01019012349")
                .orElseGet(() -> {
                    EAddressAccount created = EAddressAccount.ofPerson("010190-12349", "Anna Ozola", true, now);
                    em.persist(created);
                    return created;
                });
        anna.activate("anna.ozola@example.lv");
        // A company that signs in to its own mailbox (README): _DEFAULT@40003521600.
        EAddressAccount company = accounts.withIdentifier(AccountKind.COMPANY, "40003521600")
                .orElseGet(() -> {
                    EAddressAccount created = EAddressAccount.ofCompany("40003521600", "SIA Zaļā Pietura", true, now);
                    em.persist(created);
                    return created;
                });
        company.activate("birojs@zala-pietura.example.lv");
        // A person whose e-address is not activated yet, who signs in to activate it (README): 150585-13418.
        EAddressAccount janis = accounts.withIdentifier(AccountKind.PERSON, "15058513418")
                .orElseGet(() -> {
                    EAddressAccount created = EAddressAccount.ofPerson("150585-13418", "Jānis Kalns", false, now);
                    em.persist(created);
                    return created;
                });
        // A company whose e-address nobody has activated yet: a person representing it asks (README).
        if (accounts.withIdentifier(AccountKind.COMPANY, "40203000005").isEmpty()) {
            em.persist(EAddressAccount.ofCompany("40203000005", "SIA Kalnu Darbnīca", false, now));
        }
        // One whose representative the identity provider names in its claim at sign-in (single sign-on, README).
        if (accounts.withIdentifier(AccountKind.COMPANY, "40203000077").isEmpty()) {
            em.persist(EAddressAccount.ofCompany("40203000077", "SIA Upes Maiznīca", false, now));
        }
        if (passwords == DemoPasswords.PUBLISHED) {
            anna.choosePassword(OrganisationDemo.PASSWORD.toCharArray());
            company.choosePassword(OrganisationDemo.PASSWORD.toCharArray());
            janis.choosePassword(OrganisationDemo.PASSWORD.toCharArray());
        }
        RIGHTS.forEach((username, rights) -> em.createQuery(
                        "select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .ifPresent(staff -> rights.forEach(r -> em.persist(new MailboxGrant(staff, r, now, "demo")))));
        Institution vsaa = institution("90001634668");
        Institution adazi = institution("90000048491");
        if (vsaa != null && adazi != null) {
            EAddressAccount from = accounts.ofInstitution(vsaa.id());
            EAddressAccount to = accounts.ofInstitution(adazi.id());
            em.persist(Message.compose(
                    UUID.randomUUID().toString(),
                    from,
                    "vsaa.specialist",
                    List.of(to),
                    "Par iesniegumu pieņemšanu VPVKAC decembrī",
                    "Labdien!\n\nLūdzam decembrī pieņemtos vecuma pensijas iesniegumus skenēt krāsās.\n\nAr cieņu,\nVSAA",
                    List.of(),
                    null,
                    null,
                    now,
                    today,
                    workingDays.calendar()));
            em.persist(Message.compose(
                    UUID.randomUUID().toString(),
                    to,
                    "adazi.clerk",
                    List.of(anna),
                    "Par nekustamā īpašuma nodokli 2027. gadā",
                    "Labdien!\n\nNekustamā īpašuma nodokļa maksāšanas paziņojumu 2027. gadam saņemsiet līdz 15. februārim.\n\n"
                            + "Ādažu novada pašvaldība",
                    List.of(),
                    null,
                    null,
                    now,
                    today,
                    workingDays.calendar()));
            // A bulk notice to every demo person with an activated e-address, delivered by the worker after start.
            List<EAddressAccount> residents = em.createQuery(
                            "select a from EAddressAccount a where a.kind = :p"
                                    + " and a.activated = true order by a.identifier",
                            EAddressAccount.class)
                    .setParameter("p", AccountKind.PERSON)
                    .getResultList();
            em.persist(Message.compose(
                    UUID.randomUUID().toString(),
                    to,
                    "adazi.clerk",
                    residents,
                    "Ūdens piegādes pārtraukums 3. decembrī",
                    "Labdien!\n\n3. decembrī no 9.00 līdz 13.00 Ādažu centrā nebūs ūdens piegādes.\n\n"
                            + "Ādažu novada pašvaldība",
                    List.of(),
                    null,
                    null,
                    now,
                    today,
                    workingDays.calendar()));
            // A message whose addressee closed the e-address before it was delivered: the worker gives it up
            // after its attempts (about eight minutes after start) and it shows among the delivery problems.
            residents.stream()
                    .filter(r -> !r.identifier().equals("01019012349"))
                    .findFirst()
                    .ifPresent(closing -> {
                        em.persist(Message.compose(
                                UUID.randomUUID().toString(),
                                to,
                                "adazi.clerk",
                                List.of(closing),
                                "Par pabalsta pārrēķinu",
                                "Labdien!\n\nLūdzam iesniegt izziņu par ienākumiem.\n\n" + "Ādažu novada pašvaldība",
                                List.of(),
                                null,
                                null,
                                now,
                                today,
                                workingDays.calendar()));
                        closing.deactivate();
                    });
        }
    }

    private Institution institution(String registrationNumber) {
        return em.createQuery("select i from Institution i where i.registrationNumber = :n", Institution.class)
                .setParameter("n", registrationNumber)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
