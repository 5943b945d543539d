package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import lv.pietura.files.FileRef;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestFiles;
import lv.pietura.it.support.TestMail;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import lv.pietura.support.FaqText;
import lv.pietura.support.FrequentQuestions;
import lv.pietura.support.ReplyKind;
import lv.pietura.support.SupportReply;
import lv.pietura.support.SupportRequests;
import lv.pietura.support.SupportStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support requests: a client consultant files one from a case page (the page, the case, a screenshot); the
 * administrators of the consultant's institution (first line) and the platform's answer, ask back and close, the
 * consultant replies and is mailed each step; nobody else reads it, nor learns that it exists. A case the requester
 * may not see cannot be named, a file is checked by its content and size, a page that is not the application's own is
 * not kept. Answers become frequently asked questions of their page, and the figures count the requests and the time to
 * the first response.
 */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Clocks clocks;

    @EJB
    SupportRequests support;

    @EJB
    FrequentQuestions questions;

    @Test
    void aConsultantAsksFromACasePageAndHerInstitutionsAdministratorAnswers() throws Exception {
        long adaziCase = caseOfCentreOf("adazi.clerk", true);
        long cesisCase = caseOfCentreOf("adazi.clerk", false);
        String number =
                as("adazi.clerk", CLERK, () -> support.caseOnPage(adaziCase)).orElseThrow();
        assertThat(as("adazi.clerk", CLERK, () -> support.caseOnPage(cesisCase)))
                .as("another centre's case is not offered")
                .isEmpty();

        FileRef screenshot =
                as("adazi.clerk", CLERK, () -> support.upload("ekrans.png", new ByteArrayInputStream(TestFiles.PNG)));
        long id = as(
                "adazi.clerk",
                CLERK,
                () -> support.file(
                        "/cases/case.xhtml?id=" + adaziCase,
                        number.toLowerCase(),
                        "Nevaru pievienot dokumentu <script>alert(1)</script>",
                        "Nospiežu „Pievienot dokumentus”, bet nekas nenotiek.",
                        List.of(screenshot)));

        SupportRequests.View filed = as("adazi.clerk", CLERK, () -> support.get(id));
        assertThat(filed.status()).isEqualTo(SupportStatus.OPEN);
        assertThat(filed.caseNumber()).isEqualTo(number);
        assertThat(filed.page()).isEqualTo("/cases/case.xhtml?id=" + adaziCase);
        assertThat(filed.subject()).as("kept as written; the page escapes it").contains("<script>");
        assertThat(filed.files())
                .singleElement()
                .satisfies(f -> assertThat(f.mediaType()).isEqualTo("image/png"));
        assertThat(filed.requesterReads()).isTrue();
        assertThat(filed.support()).isFalse();

        assertThat(as("adazi.admin", ADMIN, () -> support.queue(null)))
                .as("first line: the administrators of the requester's institution")
                .anySatisfy(line -> assertThat(line.id()).isEqualTo(id));
        assertThat(as("admin", PLATFORM, () -> support.queue(SupportStatus.OPEN)))
                .anySatisfy(line -> assertThat(line.id()).isEqualTo(id));
        assertThat(as("vsaa.admin", ADMIN, () -> support.queue(null)))
                .as("another institution's administrator")
                .noneSatisfy(line -> assertThat(line.id()).isEqualTo(id));
        for (String outsider : List.of("vsaa.admin", "cesis.clerk")) {
            Set<String> roles = outsider.endsWith("admin") ? ADMIN : CLERK;
            assertThatThrownBy(() -> as(outsider, roles, () -> support.get(id)))
                    .as(outsider + " reads nothing of it")
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> as(outsider, roles, () -> support.open(id, screenshot.id())))
                    .isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> run("vsaa.admin", ADMIN, () -> support.answer(id, "Es neesmu jūsu atbalsts")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run("adazi.clerk", CLERK, () -> support.answer(id, "Atbildu pati sev")))
                .as("the requester does not answer as support")
                .isInstanceOf(EJBAccessException.class);
        try (InputStream in = as("adazi.admin", ADMIN, () -> support.open(id, screenshot.id()))) {
            assertThat(in.readAllBytes()).isEqualTo(TestFiles.PNG);
        }

        String email = world.list("select s.email from StaffAccount s where s.username = 'adazi.clerk'", String.class)
                .get(0);
        TestMail mail = TestMail.started();
        try {
            run("adazi.admin", ADMIN, () -> support.askBack(id, "Kurā pārlūkā strādājat?"));
            run("adazi.clerk", CLERK, () -> support.reply(id, "Chromium"));
            run("adazi.admin", ADMIN, () -> support.answer(id, "Atjauniniet lapu; pēc tam poga strādā."));
            Predicate<MimeMessage> ofTheRequest = TestMail.subjectWith("pieprasījumu Nr.");
            assertThat(mail.awaiting(ofTheRequest, 2))
                    .as("the question and the answer mailed")
                    .hasSize(2)
                    .allSatisfy(
                            m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email))
                    .extracting(SupportIT::text)
                    .anySatisfy(body -> assertThat(body).contains("Kurā pārlūkā strādājat?"))
                    .anySatisfy(body ->
                            assertThat(body).contains("Atjauniniet lapu").contains("/support/request?id=" + id));
        } finally {
            mail.stop();
        }

        SupportRequests.View answered = as("adazi.clerk", CLERK, () -> support.get(id));
        assertThat(answered.status()).isEqualTo(SupportStatus.ANSWERED);
        assertThat(answered.replies())
                .extracting(SupportReply::kind)
                .containsExactly(ReplyKind.QUESTION, ReplyKind.REPLY, ReplyKind.ANSWER);
        assertThat(answered.firstResponseAt())
                .as("the question back was the first response")
                .isEqualTo(answered.replies().get(0).writtenAt());

        run("adazi.clerk", CLERK, () -> support.close(id, "Paldies, strādā."));
        assertThat(as("admin", PLATFORM, () -> support.get(id)).status()).isEqualTo(SupportStatus.CLOSED);
        assertThatThrownBy(() -> run("adazi.clerk", CLERK, () -> support.reply(id, "Vēl viens jautājums")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("support.closed"));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.entityType = 'SupportRequest' and e.entityId = ?1",
                        String.valueOf(id)))
                .as("filed, asked back, replied, answered, closed")
                .isEqualTo(5);
    }

    @Test
    void aCaseTheRequesterMayNotSeeCannotBeNamedAndNothingIsSaved() {
        long cesisCase = caseOfCentreOf("adazi.clerk", false);
        String cesisNumber = world.list("select c.number from ServiceCase c where c.id = ?1", String.class, cesisCase)
                .get(0);
        long before = world.count("select count(r) from SupportRequest r");
        for (String named : List.of(cesisNumber, "NAV-2026-000001")) {
            assertThatThrownBy(() -> as(
                            "adazi.clerk",
                            CLERK,
                            () -> support.file("/cases/list", named, "Par lietu", "Kas ar to notiek?", List.of())))
                    .as(named)
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems()).singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("caseNumber");
                                assertThat(p.messageKey()).isEqualTo("support.case.unknown");
                            }));
        }
        assertThatThrownBy(() -> as("adazi.clerk", CLERK, () -> support.file(null, cesisNumber, " ", null, List.of())))
                .as("every problem at once")
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("caseNumber", "subject", "description"));
        assertThat(world.count("select count(r) from SupportRequest r")).isEqualTo(before);
    }

    @Test
    void aFileIsCheckedByItsContentAndSizeAndOnlyItsUploaderNamesIt() {
        assertThatThrownBy(() -> as(
                        "adazi.clerk",
                        CLERK,
                        () -> support.upload("liels.png", new ByteArrayInputStream(new byte[6 * 1024 * 1024]))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.tooLarge"));
        assertThatThrownBy(() -> as(
                        "adazi.clerk",
                        CLERK,
                        () -> support.upload(
                                "ekrans.png",
                                new ByteArrayInputStream(
                                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))))
                .as("a page named as a picture")
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.type"));
        FileRef clerks =
                as("adazi.clerk", CLERK, () -> support.upload("ekrans.png", new ByteArrayInputStream(TestFiles.PNG)));
        assertThatThrownBy(() -> as(
                        "cesis.clerk",
                        CLERK,
                        () -> support.file("/home", null, "Svešs fails", "Pievienoju kolēģes failu", List.of(clerks))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.unknown"));
        FileRef another =
                as("adazi.clerk", CLERK, () -> support.upload("otrs.png", new ByteArrayInputStream(TestFiles.PNG)));
        assertThatThrownBy(() -> as(
                        "adazi.clerk",
                        CLERK,
                        () -> support.file(
                                "/home", null, "Četri faili", "Par daudz", List.of(clerks, another, clerks, another))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("support.files.tooMany"));
    }

    @Test
    void onlyTheApplicationsOwnPagesAreKept() {
        for (String page : List.of("https://example.com/x", "//example.com/x", "javascript:alert(1)", "/a b")) {
            long id = as("adazi.clerk", CLERK, () -> support.file(page, null, "Lapa", "Kāda lapa?", List.of()));
            assertThat(as("adazi.clerk", CLERK, () -> support.get(id)).page())
                    .as(page)
                    .isNull();
        }
        long id = as(
                "adazi.clerk",
                CLERK,
                () -> support.file("/eaddress/mailbox?box=inbox", null, "Lapa", "Kāda lapa?", List.of()));
        assertThat(as("adazi.clerk", CLERK, () -> support.get(id)).page()).isEqualTo("/eaddress/mailbox?box=inbox");
    }

    @Test
    void anAnswerBecomesAFrequentlyAskedQuestionOfItsPage() {
        long id = as(
                "adazi.clerk",
                CLERK,
                () -> support.file(
                        "/cases/bookings.xhtml?day=2026-12-01", null, "Kā", "Kā atzīmēt neierašanos?", List.of()));
        run("adazi.admin", ADMIN, () -> support.answer(id, "Dienas sarakstā izvēlieties „Neieradās”."));
        assertThatThrownBy(() -> as(
                        "admin",
                        PLATFORM,
                        () -> questions.publish(
                                id,
                                "/cases/bookings.xhtml",
                                new FaqText("Kā atzīmēt neierašanos?", " "),
                                new FaqText("Izvēlieties „Neieradās”.", null))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("questionEn", "answerEn"));
        assertThatThrownBy(() -> as(
                        "adazi.admin",
                        ADMIN,
                        () -> questions.publish(id, "/cases/bookings", new FaqText("a", "b"), new FaqText("c", "d"))))
                .as("the platform's administrators publish")
                .isInstanceOf(EJBAccessException.class);
        long entry = as(
                "admin",
                PLATFORM,
                () -> questions.publish(
                        id,
                        "/cases/bookings.xhtml?day=2026-12-01",
                        new FaqText("Kā atzīmēt neierašanos?", "How do I mark a no-show?"),
                        new FaqText("Izvēlieties „Neieradās”.", "Choose \"Did not come\".")));
        assertThat(as("adazi.clerk", CLERK, () -> questions.about("cases/bookings")))
                .anySatisfy(q -> {
                    assertThat(q.id()).isEqualTo(entry);
                    assertThat(q.question().in(Locale.ENGLISH)).isEqualTo("How do I mark a no-show?");
                });
        run("admin", PLATFORM, () -> questions.withdraw(entry));
        assertThat(as("adazi.clerk", CLERK, () -> questions.all()))
                .noneSatisfy(q -> assertThat(q.id()).isEqualTo(entry));
    }

    @Test
    void aPersonAsksFromHerMailboxAndThePlatformsSupportAnswers() {
        String anna = "010190-12349";
        Set<String> holder = Set.of("EADDRESS_HOLDER");
        assertThatThrownBy(() -> as(
                        anna,
                        holder,
                        () -> support.file(
                                "/my/mailbox", "VSAA-2026-000001", "Lieta", "Kur ir mana lieta?", List.of())))
                .as("a holder names no case: support would learn of it")
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactly("caseNumber"));
        FileRef shot = as(anna, holder, () -> support.upload("ekrans.png", new ByteArrayInputStream(TestFiles.PNG)));
        long id = as(
                anna,
                holder,
                () -> support.file(
                        "/my/message?id=x", null, "Nevaru atvērt pielikumu", "Spiežu uz faila, nekas.", List.of(shot)));
        SupportRequests.View mine = as(anna, holder, () -> support.get(id));
        assertThat(mine.requesterReads()).isTrue();
        assertThat(mine.institution()).as("a holder belongs to no institution").isNull();
        assertThat(as(anna, holder, () -> support.mine()))
                .anySatisfy(line -> assertThat(line.id()).isEqualTo(id));

        assertThat(as("adazi.admin", ADMIN, () -> support.queue(null)))
                .as("no institution's first line")
                .noneSatisfy(line -> assertThat(line.id()).isEqualTo(id));
        assertThatThrownBy(() -> as("adazi.clerk", CLERK, () -> support.get(id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("150585-13418", holder, () -> support.get(id)))
                .as("another person")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(anna, holder, () -> support.answer(id, "Pati sev")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(anna, holder, () -> support.queue(null))).isInstanceOf(EJBAccessException.class);

        run("admin", PLATFORM, () -> support.answer(id, "Lejupielādējiet failu ar pogu blakus tā nosaukumam."));
        run(anna, holder, () -> support.reply(id, "Paldies, izdevās."));
        run(anna, holder, () -> support.close(id, null));
        SupportRequests.View closed = as("admin", PLATFORM, () -> support.get(id));
        assertThat(closed.status()).isEqualTo(SupportStatus.CLOSED);
        assertThat(closed.replies())
                .extracting(SupportReply::author)
                .containsExactly("admin", closed.requester(), closed.requester());
    }

    @Test
    void theFiguresCountRequestsAndTheHoursToTheFirstResponse() {
        TestWorld.Tenant town = world.institution("Atbalsta pašvaldība", 940_510, InstitutionKind.MUNICIPALITY);
        world.staff("atb.specialist", town, null, Role.SPECIALIST);
        world.staff("atb.admin", town, null, Role.INSTITUTION_ADMIN);
        long answered =
                as("atb.specialist", SPECIALIST, () -> support.file("/home", null, "Pirmais", "Jautājums", List.of()));
        as("atb.specialist", SPECIALIST, () -> support.file("/home", null, "Otrais", "Jautājums", List.of()));
        try {
            clocks.travel(Duration.ofMinutes(3 * 60 + 30));
            run("atb.admin", ADMIN, () -> support.answer(answered, "Atbilde"));
        } finally {
            clocks.reset();
        }
        List<SupportRequests.Month> figures = as("atb.admin", ADMIN, () -> support.figures(6));
        assertThat(figures).hasSize(6);
        SupportRequests.Month now = figures.get(0);
        assertThat(now.month()).isEqualTo(YearMonth.now(Clocks.RIGA));
        assertThat(now.filed()).isEqualTo(2);
        assertThat(now.responded()).isEqualTo(1);
        assertThat(now.waiting()).isEqualTo(1);
        assertThat(now.medianHours()).isBetween(3.45, 3.55);
        assertThat(now.slowestHours()).isBetween(3.45, 3.55);
        assertThat(figures.get(1).filed()).isZero();
        assertThat(figures.get(1).medianHours()).isNull();
    }

    private static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case registered at {@code clerk}'s centre, or (not {@code own}) at another. */
    private long caseOfCentreOf(String clerk, boolean own) {
        return world.list(
                        "select c.id from ServiceCase c, StaffAccount s where s.username = ?1"
                                + (own ? " and c.centre = s.centre" : " and c.centre <> s.centre")
                                + " order by c.id",
                        Long.class,
                        clerk)
                .get(0);
    }
}
