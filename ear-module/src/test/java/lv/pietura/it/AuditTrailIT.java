package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditChain;
import lv.pietura.audit.AuditCheck;
import lv.pietura.audit.AuditFilter;
import lv.pietura.audit.AuditTrail;
import lv.pietura.cases.CaseFilter;
import lv.pietura.cases.CaseList;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.eaddress.DeliveryWorker;
import lv.pietura.eaddress.EAddressAccount;
import lv.pietura.eaddress.MailboxFilter;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.MailboxRights;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RoleNames;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit can say who looked at a person's data, when and in which institution: every opening of a message,
 * every download, every look-up by personal code and every export is recorded with whose data it was; the
 * person sees which institutions used it; and the trail is a chain of hashes that names the first row anyone
 * changed, which on PostgreSQL the application's own role cannot change or remove.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final Set<String> HOLDER = Set.of(RoleNames.EADDRESS_HOLDER);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    AuditChain chain;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PieturaDS")
    DataSource dataSource;

    @EJB
    Mailboxes mailboxes;

    @EJB
    Sending sending;

    @EJB
    MailboxRights rights;

    @EJB
    MyMailbox my;

    @EJB
    DeliveryWorker worker;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseQueries queries;

    @EJB
    ServiceManagement management;

    @EJB
    AuditTrail trail;

    private static Tenant town;
    private static String person;
    private static String digits;

    @BeforeEach
    void aTownItsClerksAndAPerson() {
        if (town != null) {
            return;
        }
        town = world.institution("Audita novada pašvaldība", 320_100, InstitutionKind.MUNICIPALITY);
        long centre = world.centre(town, "Audita novada VPVKAC");
        long clerk = world.staff("au.clerk", town, centre, Role.CLERK);
        long reader = world.staff("au.reader", town, centre, Role.CLERK);
        world.staff("au.admin", town, null, Role.INSTITUTION_ADMIN);
        world.staff("au.manager", town, null, Role.SERVICE_MANAGER);
        world.staff("au.platform", town, null, Role.PLATFORM_ADMIN);
        run("au.admin", ADMIN, () -> {
            rights.set(clerk, EnumSet.of(MailboxRight.READ, MailboxRight.SEND));
            rights.set(reader, EnumSet.of(MailboxRight.READ));
        });
        // the town's own e-address account is opened on first use
        as("au.clerk", CLERK, () -> mailboxes.inbox(MailboxFilter.none(), null, 10));
        run("au.manager", MANAGER, () -> {
            long id = management.create("AU-ATLAUJA", TestServices.withIntakeForm("Audita atļauja", 5));
            management.publish(id, LocalDate.now(Clocks.RIGA));
            management.offerAt(id, Set.of(centre));
        });
        person = PersonalCodes.born("140573", 501);
        digits = person.replace("-", "");
        world.inTransaction(() -> {
            EAddressAccount account = EAddressAccount.ofPerson(person, "Inga Auditā", true, java.time.Instant.now());
            account.choosePassword("Ingas-parole-2026".toCharArray());
            em.persist(account);
            return null;
        });
    }

    private long audited(AuditAction action, String actor, String entityId) {
        return world.count(
                "select count(e) from AuditEvent e where e.action = ?1 and e.actor = ?2 and e.subject = ?3"
                        + " and e.entityId = ?4",
                action,
                actor,
                digits,
                entityId);
    }

    @Test
    void everyOpeningOfAMessageByEveryStaffMemberAndEveryDownloadIsAuditedWithWhoseDataItIs() {
        FileRef file = as(
                digits,
                HOLDER,
                () -> my.upload(
                        "iesniegums.pdf",
                        new ByteArrayInputStream(
                                "%PDF-1.4\n% Ingas iesniegums\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
        String id = as(
                digits,
                HOLDER,
                () -> my.send("_DEFAULT@" + town.registrationNumber(), "Iesniegums", "Lūdzu.", List.of(file)));
        as("au.platform", PLATFORM, () -> worker.deliverNow());

        run("au.clerk", CLERK, () -> mailboxes.open(id));
        run("au.clerk", CLERK, () -> mailboxes.open(id));
        run("au.reader", CLERK, () -> mailboxes.open(id));
        assertThat(audited(AuditAction.READ_PERSONAL_DATA, "au.clerk", id))
                .as("not only the first opening")
                .isEqualTo(2);
        assertThat(audited(AuditAction.READ_PERSONAL_DATA, "au.reader", id)).isEqualTo(1);

        run("au.reader", CLERK, () -> {
            try {
                mailboxes.openFile(id, file.id()).readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(audited(AuditAction.DOWNLOAD, "au.reader", id)).isEqualTo(1);
    }

    @Test
    void aLookUpByPersonalCodeAndAClientsHistoryKeepTheWholeCode() {
        run("au.clerk", CLERK, () -> sending.searchAddressees(person));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.actor = 'au.clerk' and e.entityType = 'Addressee'"
                                + " and e.subject = ?1",
                        digits))
                .isEqualTo(1);
        run("au.clerk", CLERK, () -> sending.searchAddressees("Audita"));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.actor = 'au.clerk' and e.entityType = 'Addressee'"))
                .as("a search by name names nobody's code")
                .isEqualTo(1);

        run("au.clerk", CLERK, () -> queries.clientHistory(person));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.actor = 'au.clerk'"
                                + " and e.detail like 'client history%' and e.subject = ?1",
                        digits))
                .isEqualTo(1);
    }

    @Test
    void aWorklistExportIsAuditedAndSoIsEveryClientInIt() {
        String other = PersonalCodes.born("140573", 502);
        for (String client : List.of(person, other)) {
            run(
                    "au.clerk",
                    CLERK,
                    () -> registration.register(NewCase.of(
                            ClientKind.PERSON,
                            client,
                            "Klients",
                            "AU-ATLAUJA",
                            CaseType.APPLICATION,
                            Channel.IN_PERSON,
                            Map.of("iban", "LV80BANK0000435195001"))));
        }
        var rows = as(
                "au.clerk",
                CLERK,
                () -> queries.export(new CaseFilter(CaseList.ALL, null, null, null, null, null, null, null)));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.actor = 'au.clerk' and e.action = ?1"
                                + " and e.subject is null and e.detail like 'worklist export%'",
                        AuditAction.EXPORT))
                .isEqualTo(1);
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.actor = 'au.clerk' and e.action = ?1"
                                + " and e.subject in (?2, ?3)",
                        AuditAction.EXPORT,
                        digits,
                        other.replace("-", "")))
                .isEqualTo(2);
    }

    @Test
    void aPersonSeesWhichInstitutionsUsedTheirDataAndAnAdministratorFindsEveryLookByTheCode() {
        run("au.reader", CLERK, () -> queries.clientHistory(person));
        var uses = as(digits, HOLDER, () -> my.dataUsage(PageRequest.of(0, 50))).rows();
        assertThat(uses)
                .isNotEmpty()
                .allSatisfy(use -> assertThat(use.institution().lv()).isEqualTo(town.name()))
                .anySatisfy(use -> assertThat(use.action()).isEqualTo(AuditAction.READ_PERSONAL_DATA));
        var looks = as("au.admin", ADMIN, () -> trail.find(AuditFilter.about(person), PageRequest.of(0, 50)))
                .rows();
        assertThat(looks)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.subject()).isEqualTo(digits))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("au.reader"));
    }

    @Test
    void theChainNamesTheFirstRowThatWasChangedAndHoldsAgainWhenItIsPutBack() throws SQLException {
        run("au.clerk", CLERK, () -> queries.clientHistory(person));
        chain.linkUnlinked(true);
        assertThat(chain.check("test").intact()).as("untouched").isTrue();

        long tampered =
                world.count("select max(e.id) from AuditEvent e where e.actor = 'au.clerk' and e.subject = ?1", digits);
        String original = em.createQuery("select e.detail from AuditEvent e where e.id = :id", String.class)
                .setParameter("id", tampered)
                .getSingleResult();
        changeDirectly(tampered, "nothing to see here");
        AuditCheck broken = chain.check("test");
        assertThat(broken.intact()).isFalse();
        assertThat(broken.problem()).isEqualTo(AuditCheck.Problem.EVENT_CHANGED);
        assertThat(broken.firstBrokenEventId()).isEqualTo(tampered);
        assertThat(as("au.platform", PLATFORM, () -> trail.checks()))
                .first()
                .satisfies(c -> assertThat(c.firstBrokenEventId()).isEqualTo(tampered));

        changeDirectly(tampered, original);
        assertThat(chain.check("test").intact()).as("the row as it was").isTrue();
    }

    @Test
    void onPostgreSqlTheApplicationsRoleCanNeitherChangeNorRemoveAuditRows() throws SQLException {
        long any = world.count("select max(e.id) from AuditEvent e");
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgreSql(connection)) {
                assertThat(appliedVersions(connection))
                        .as("H2 has no roles to grant to: the migration is PostgreSQL's")
                        .doesNotContain("16");
                return;
            }
            for (String statement : List.of(
                    "update audit_event set detail = 'x' where id = ?",
                    "delete from audit_event where id = ?",
                    "delete from audit_link where event_id = ?")) {
                try (PreparedStatement refused = connection.prepareStatement(statement)) {
                    refused.setLong(1, any);
                    assertThatThrownBy(refused::executeUpdate).as(statement).isInstanceOf(SQLException.class);
                }
            }
        }
    }

    /** What someone with the owner's rights could do on the database directly, around the application. */
    private void changeDirectly(long eventId, String detail) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            boolean postgreSql = isPostgreSql(connection);
            if (postgreSql) {
                ddl.execute("alter table audit_event disable trigger audit_event_append_only");
                ddl.execute("grant update on audit_event to current_user");
            }
            try (PreparedStatement update =
                    connection.prepareStatement("update audit_event set detail = ? where id = ?")) {
                update.setString(1, detail);
                update.setLong(2, eventId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                if (postgreSql) {
                    ddl.execute("revoke update on audit_event from current_user");
                    ddl.execute("alter table audit_event enable trigger audit_event_append_only");
                }
            }
        }
    }

    private static boolean isPostgreSql(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static List<String> appliedVersions(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                var rows = query.executeQuery(
                        "select \"version\" from \"flyway_schema_history\" where \"success\" = true")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
