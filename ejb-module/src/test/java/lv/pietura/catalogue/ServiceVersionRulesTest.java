package lv.pietura.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceVersionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private Service pension;

    static ServiceContent complete() {
        return new ServiceContent(
                "Vecuma pensijas piešķiršana",
                "Granting of the old-age pension",
                "Vecuma pensiju piešķir personai, kura sasniegusi pensionēšanās vecumu.",
                null,
                "Valsts sociālās apdrošināšanas pakalpojumu sniegšana",
                null,
                Recipients.PERSONS,
                "Visa Latvija",
                null,
                List.of(new ServiceContent.LegalActData(
                        "Likums \"Par valsts pensijām\"", "11. pants", "https://likumi.lv/ta/id/38048")),
                List.of(new ServiceContent.TextData("Iesniedz iesniegumu", null)),
                List.of(new ServiceContent.DocumentData("Iesniegums", null, null, null)),
                List.of(),
                Set.of(Channel.IN_PERSON, Channel.E_SERVICE),
                Set.of(Channel.E_ADDRESS),
                "https://www.latvija.lv/lv/pakalpojumi/vecuma-pensija",
                20,
                DeadlineKind.WORKING_DAYS,
                10,
                true,
                true,
                10,
                List.of(
                        new ServiceContent.ResultTypeData(null, "Pensija piešķirta", "Granted", true),
                        new ServiceContent.ResultTypeData(null, "Atteikts", "Refused", true)),
                List.of(new ServiceContent.FieldData(
                        null, "Pensijas sākuma datums", null, FieldType.DATE, true, null, null, null)),
                List.of(),
                null,
                null,
                false);
    }

    private static ServiceContent withFees(ServiceContent c, List<ServiceContent.FeeData> fees) {
        return new ServiceContent(
                c.nameLv(),
                c.nameEn(),
                c.descriptionLv(),
                c.descriptionEn(),
                c.functionLv(),
                c.functionEn(),
                c.recipients(),
                c.territoryLv(),
                c.territoryEn(),
                c.legalActs(),
                c.steps(),
                c.documents(),
                fees,
                c.requestChannels(),
                c.resultChannels(),
                c.eServiceUrl(),
                c.deadlineDays(),
                c.deadlineKind(),
                c.normDays(),
                c.suspensionAllowed(),
                c.extensionAllowed(),
                c.maxExtensionDays(),
                c.resultTypes(),
                c.intakeForm(),
                c.relatedServiceCodes(),
                c.noticeLv(),
                c.noticeEn(),
                false);
    }

    private static ServiceContent withDeadline(ServiceContent c, Integer deadline, Integer norm) {
        return new ServiceContent(
                c.nameLv(),
                c.nameEn(),
                c.descriptionLv(),
                c.descriptionEn(),
                c.functionLv(),
                c.functionEn(),
                c.recipients(),
                c.territoryLv(),
                c.territoryEn(),
                c.legalActs(),
                c.steps(),
                c.documents(),
                c.fees(),
                c.requestChannels(),
                c.resultChannels(),
                c.eServiceUrl(),
                deadline,
                c.deadlineKind(),
                norm,
                c.suspensionAllowed(),
                c.extensionAllowed(),
                c.maxExtensionDays(),
                c.resultTypes(),
                c.intakeForm(),
                c.relatedServiceCodes(),
                c.noticeLv(),
                c.noticeEn(),
                false);
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
            return List.of();
        } catch (RuleViolation v) {
            return v.problems().stream().map(RuleViolation.Problem::messageKey).toList();
        }
    }

    @BeforeEach
    void aServiceOfTheAgency() {
        Institution vsaa = new Institution(
                LocalizedName.of("Valsts sociālās apdrošināšanas aģentūra", null),
                RegistrationNumber.of("90001634668"),
                InstitutionKind.STATE_BODY,
                null);
        pension = new Service(ServiceCode.of("vsaa-pensija"), vsaa, complete(), List.of(), NOW, "vsaa.manager");
    }

    @Test
    void aNewServiceStartsAsItsFirstDraft() {
        assertThat(pension.code()).isEqualTo("VSAA-PENSIJA");
        assertThat(pension.draft()).get().extracting(ServiceVersion::number).isEqualTo(1);
        assertThat(pension.statusOn(TODAY)).isEqualTo(ServiceStatus.DRAFT);
        assertThat(pension.versionInForceOn(TODAY)).isEmpty();
    }

    @Test
    void theServiceNormIsNeverLongerThanTheDeadline() {
        assertThat(problems(() -> pension.reviseDraft(withDeadline(complete(), 10, 15), List.of(), NOW, "m")))
                .containsExactly("service.norm.longerThanDeadline");
        assertThat(problems(() -> pension.reviseDraft(withDeadline(complete(), 10, 10), List.of(), NOW, "m")))
                .isEmpty();
    }

    @Test
    void feesAreNeverNegativeAndKeepWholeCents() {
        assertThat(problems(() -> pension.reviseDraft(
                        withFees(
                                complete(),
                                List.of(
                                        new ServiceContent.FeeData("Izziņa", null, new BigDecimal("-1.00"), null),
                                        new ServiceContent.FeeData("Dublikāts", null, new BigDecimal("2.505"), null))),
                        List.of(),
                        NOW,
                        "m")))
                .containsExactly("service.fee.negative", "service.fee.cents");
        pension.reviseDraft(
                withFees(
                        complete(),
                        List.of(
                                new ServiceContent.FeeData("Izziņa", null, new BigDecimal("2.50"), null),
                                new ServiceContent.FeeData("Bezmaksas konsultācija", null, BigDecimal.ZERO, null))),
                List.of(),
                NOW,
                "m");
        assertThat(pension.draft().orElseThrow().totalFee().formatted()).isEqualTo("2,50 €");
    }

    @Test
    void anIntakeFieldNeedsALabelAndAChoiceListItsOptions() {
        ServiceContent c = complete();
        ServiceContent unlabelled = new ServiceContent(
                c.nameLv(),
                null,
                c.descriptionLv(),
                null,
                c.functionLv(),
                null,
                c.recipients(),
                c.territoryLv(),
                null,
                c.legalActs(),
                c.steps(),
                c.documents(),
                c.fees(),
                c.requestChannels(),
                c.resultChannels(),
                c.eServiceUrl(),
                c.deadlineDays(),
                c.deadlineKind(),
                c.normDays(),
                false,
                false,
                null,
                c.resultTypes(),
                List.of(
                        new ServiceContent.FieldData(null, " ", null, FieldType.TEXT, true, null, null, null),
                        new ServiceContent.FieldData(
                                null, "Veids", null, FieldType.CHOICE, true, null, null, List.of("Viens"))),
                List.of(),
                null,
                null,
                false);
        assertThatThrownBy(() -> pension.reviseDraft(unlabelled, List.of(), NOW, "m"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                                .containsExactly(
                                        tuple("intakeForm", "service.field.labelRequired"),
                                        tuple("intakeForm", "service.field.choices")));
    }

    @Test
    void intakeFieldsGetStableCodesFromTheirLabels() {
        assertThat(pension.draft().orElseThrow().intakeForm())
                .extracting(IntakeField::code)
                .containsExactly("pensijas_sakuma_datums");
        assertThat(pension.draft().orElseThrow().resultTypes())
                .extracting(ResultType::code)
                .containsExactly("pensija_pieskirta", "atteikts");
    }

    @Test
    void publishingNeedsACompleteCard() {
        pension.reviseDraft(ServiceContent.named("Vecuma pensija", null), List.of(), NOW, "m");
        assertThat(problems(() -> pension.publish(TODAY, TODAY, NOW, "m")))
                .containsExactly(
                        "service.publish.descriptionRequired", "service.publish.functionRequired",
                        "service.publish.territoryRequired", "service.publish.legalActRequired",
                        "service.publish.requestChannelRequired", "service.publish.resultChannelRequired",
                        "service.publish.deadlineRequired", "service.publish.resultTypeRequired");
        assertThat(pension.statusOn(TODAY)).isEqualTo(ServiceStatus.DRAFT);
    }

    @Test
    void aPublishedVersionIsNeverEditedAChangeIsANewVersion() {
        ServiceVersion first = pension.publish(TODAY, TODAY, NOW, "m");
        assertThat(first.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(problems(() -> pension.reviseDraft(complete(), List.of(), NOW, "m")))
                .containsExactly("service.noDraft");

        ServiceVersion second = pension.startNewVersion(NOW, "m");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.content()).as("starts from the published content").isEqualTo(first.content());
        pension.reviseDraft(withDeadline(complete(), 15, 10), List.of(), NOW, "m");
        assertThat(first.deadlineDays())
                .as("the published version keeps its deadline")
                .isEqualTo(20);
        assertThat(problems(() -> pension.startNewVersion(NOW, "m"))).containsExactly("service.draftExists");
    }

    @Test
    void aNewVersionComesIntoForceOnItsValidFromDayAndTheOldOneStaysReadable() {
        ServiceVersion first = pension.publish(TODAY, TODAY, NOW, "m");
        pension.startNewVersion(NOW, "m");
        pension.reviseDraft(withDeadline(complete(), 15, 10), List.of(), NOW, "m");
        assertThat(problems(() -> pension.publish(TODAY, TODAY, NOW, "m")))
                .containsExactly("service.validFrom.notAfterPrevious");
        ServiceVersion second = pension.publish(TODAY.plusDays(5), TODAY, NOW, "m");

        assertThat(pension.versionInForceOn(TODAY)).contains(first);
        assertThat(pension.versionInForceOn(TODAY.plusDays(4))).contains(first);
        assertThat(pension.versionInForceOn(TODAY.plusDays(5))).contains(second);
        assertThat(pension.version(1)).contains(first);
    }

    @Test
    void contentPublishedIfChangedIsANewVersionOnlyWhenItDiffersAndOverwritesADraft() {
        pension.publish(TODAY, TODAY, NOW, "m");
        assertThat(pension.publishIfChanged(complete(), TODAY, NOW, "m"))
                .as("the same content")
                .isFalse();
        assertThat(pension.publishIfChanged(
                        complete().withRelatedServiceCodes(List.of("vsaa-invaliditate")), TODAY, NOW, "m"))
                .as("related services aside")
                .isFalse();
        assertThat(pension.versions()).hasSize(1);

        pension.startNewVersion(NOW, "m");
        pension.reviseDraft(withDeadline(complete(), 30, 10), List.of(), NOW, "m");
        assertThat(pension.publishIfChanged(withDeadline(complete(), 15, 10), TODAY, NOW, "m"))
                .isTrue();
        ServiceVersion second = pension.latestPublished().orElseThrow();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.deadlineDays()).isEqualTo(15);
        assertThat(second.validFrom())
                .as("the first came into force today: the next tomorrow")
                .isEqualTo(TODAY.plusDays(1));
        assertThat(pension.draft()).as("the draft became the new version").isEmpty();
        assertThat(pension.versions()).hasSize(2);

        assertThat(pension.publishIfChanged(withDeadline(complete(), 10, 10), TODAY.plusDays(3), NOW, "m"))
                .isTrue();
        assertThat(pension.versionInForceOn(TODAY.plusDays(3)).orElseThrow().deadlineDays())
                .as("a later change is in force the day it is made")
                .isEqualTo(10);
    }

    @Test
    void aVersionIsNotPublishedForThePast() {
        assertThat(problems(() -> pension.publish(TODAY.minusDays(1), TODAY, NOW, "m")))
                .containsExactly("service.validFrom.past");
    }

    @Test
    void aFirstVersionPublishedForLaterIsScheduled() {
        pension.publish(TODAY.plusDays(3), TODAY, NOW, "m");
        assertThat(pension.statusOn(TODAY)).isEqualTo(ServiceStatus.SCHEDULED);
        assertThat(pension.statusOn(TODAY.plusDays(3))).isEqualTo(ServiceStatus.PUBLISHED);
    }

    @Test
    void aWithdrawnServiceIsNotOfferedButItsVersionsRemain() {
        pension.publish(TODAY, TODAY, NOW, "m");
        pension.withdraw(TODAY.plusDays(10), TODAY);
        assertThat(pension.versionInForceOn(TODAY.plusDays(9))).isPresent();
        assertThat(pension.versionInForceOn(TODAY.plusDays(10))).isEmpty();
        assertThat(pension.statusOn(TODAY.plusDays(10))).isEqualTo(ServiceStatus.WITHDRAWN);
        assertThat(pension.version(1)).isPresent();
    }

    @Test
    void onlyTheDraftOfAPublishedServiceCanBeDiscarded() {
        assertThat(problems(pension::discardDraft)).containsExactly("service.onlyDraft");
        pension.publish(TODAY, TODAY, NOW, "m");
        pension.startNewVersion(NOW, "m");
        pension.discardDraft();
        assertThat(pension.draft()).isEmpty();
        assertThat(pension.versions()).hasSize(1);
    }

    @Test
    void aServiceCodeIsLatinCapitalsDigitsAndHyphens() {
        assertThat(ServiceCode.of(" vid-eds-1 ").value()).isEqualTo("VID-EDS-1");
        assertThat(problems(() -> ServiceCode.of("Dzīvesvieta"))).containsExactly("service.code.format");
        assertThat(problems(() -> ServiceCode.of("AB"))).containsExactly("service.code.format");
    }

    @Test
    void searchingIgnoresCaseAndDiacritics() {
        assertThat(ServiceVersion.searchable("Dzīvesvietas DEKLARĒŠANA")).isEqualTo(" dzivesvietas deklaresana");
    }
}
