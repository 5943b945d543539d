package lv.pietura.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of a support request and of a frequently asked question, as their records keep them. */
class SupportRulesTest {

    private static final Instant FILED = Instant.parse("2026-12-05T08:00:00Z");

    private static SupportRequest filedByAStaffMember(String page) {
        return SupportRequest.filed(
                new SupportRequest.Filing(
                        7L,
                        "adazi.clerk",
                        3L,
                        null,
                        page,
                        null,
                        null,
                        " Poga nestrādā ",
                        "Nospiežu, nekas.",
                        List.of()),
                FILED);
    }

    @Test
    void aRequestNeedsItsSubjectAndWhatWasDoneAndSaysBothAtOnce() {
        assertThatThrownBy(() -> SupportRequest.filed(
                        new SupportRequest.Filing(7L, "x", 3L, null, null, null, null, " ", null, List.of()), FILED))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("subject", "description"));
        SupportRequest request = filedByAStaffMember(null);
        assertThat(request.subject()).isEqualTo("Poga nestrādā");
        assertThat(request.status()).isEqualTo(SupportStatus.OPEN);
    }

    @Test
    void onlyAPageOfTheApplicationItselfIsKept() {
        assertThat(filedByAStaffMember("/cases/case?id=12&client=010190-12349").page())
                .isEqualTo("/cases/case?id=12&client=010190-12349");
        for (String elsewhere : List.of(
                "https://example.com/", "//example.com/x", "javascript:alert(1)", "/a b", "/x\"><script>", "cases")) {
            assertThat(filedByAStaffMember(elsewhere).page()).as(elsewhere).isNull();
        }
    }

    @Test
    void theFirstAnswerOrQuestionBackIsTheFirstResponseAndTheRequesterRepliesToSupport() {
        SupportRequest request = filedByAStaffMember("/home");
        Instant asked = FILED.plusSeconds(3600);
        request.askBack("adazi.admin", "Kurā pārlūkā?", asked);
        assertThat(request.status()).isEqualTo(SupportStatus.ASKED_BACK);
        request.reply("adazi.clerk", "Chromium", asked.plusSeconds(60));
        assertThat(request.status()).as("support's turn again").isEqualTo(SupportStatus.OPEN);
        request.answer("adazi.admin", "Atjauniniet lapu.", asked.plusSeconds(600));
        assertThat(request.status()).isEqualTo(SupportStatus.ANSWERED);
        assertThat(request.firstResponseAt()).isEqualTo(asked);
        assertThatThrownBy(() -> request.answer("adazi.admin", " ", asked.plusSeconds(700)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).field()).isEqualTo("text"));
    }

    @Test
    void aClosedRequestTakesNothingMore() {
        SupportRequest request = filedByAStaffMember("/home");
        request.close("adazi.clerk", null, FILED.plusSeconds(60));
        assertThat(request.status()).isEqualTo(SupportStatus.CLOSED);
        assertThat(request.closedAt()).isEqualTo(FILED.plusSeconds(60));
        assertThatThrownBy(() -> request.reply("adazi.clerk", "Vēl", FILED.plusSeconds(120)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("support.closed"));
        assertThatThrownBy(() -> request.close("adazi.admin", null, FILED.plusSeconds(120)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aStaffMembersRequestIsTheirsAndAHoldersIsTheAddresss() {
        SupportRequest staff = filedByAStaffMember("/home");
        assertThat(staff.requestedBy(7L, null)).isTrue();
        assertThat(staff.requestedBy(8L, null)).isFalse();
        assertThat(staff.requestedBy(null, "adazi.clerk"))
                .as("a holder whose address is a staff member's name")
                .isFalse();
        SupportRequest holder = SupportRequest.filed(
                new SupportRequest.Filing(
                        null, "010190-12349", null, "anna@example.lv", "/my/mailbox", null, null, "a", "b", List.of()),
                FILED);
        assertThat(holder.requestedBy(null, "010190-12349")).isTrue();
        assertThat(holder.requestedBy(null, "150585-13418")).isFalse();
        assertThat(holder.requestedBy(7L, null)).isFalse();
        assertThat(holder.contactEmail()).isEqualTo("anna@example.lv");
    }

    @Test
    void aFrequentlyAskedQuestionNeedsBothLanguagesAndIsAboutAPage() {
        assertThatThrownBy(() -> FaqEntry.published(
                        "/cases/case", new FaqText("Kā?", null), new FaqText(" ", "How"), null, "admin", FILED))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("questionEn", "answerLv"));
        assertThat(FaqEntry.pageKeyOf("/cases/case.xhtml?id=4")).isEqualTo("cases/case");
        assertThat(FaqEntry.pageKeyOf("/support/new")).isEqualTo("support/new");
        assertThat(FaqEntry.pageKeyOf("https://example.com/x")).isNull();
        assertThat(FaqEntry.pageKeyOf("/")).isNull();
    }
}
