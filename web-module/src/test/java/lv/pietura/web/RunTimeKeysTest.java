package lv.pietura.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditCheck;
import lv.pietura.calendar.DayKind;
import lv.pietura.calendar.Holiday;
import lv.pietura.cases.CaseEventType;
import lv.pietura.cases.CaseList;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.DocumentPurpose;
import lv.pietura.cases.FeeEntry;
import lv.pietura.cases.IdentityDocument;
import lv.pietura.cases.PaymentMethod;
import lv.pietura.cases.RatingChannel;
import lv.pietura.cases.RepresentationBasis;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.ServiceStatus;
import lv.pietura.catalogue.VersionState;
import lv.pietura.eaddress.CompanyRequest;
import lv.pietura.eaddress.DeliveryStatus;
import lv.pietura.eaddress.InboxEntry;
import lv.pietura.eaddress.MailboxFilter;
import lv.pietura.eaddress.Representation;
import lv.pietura.eaddress.WebhookCall;
import lv.pietura.files.SignatureCheck;
import lv.pietura.kpi.MinistryReport;
import lv.pietura.organisation.AgreementStatus;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffStatus;
import lv.pietura.organisation.TenantScope;
import lv.pietura.rollout.OnboardingStep;
import lv.pietura.support.ReplyKind;
import lv.pietura.support.SupportStatus;
import lv.pietura.training.TrainingJourney;
import lv.pietura.visits.BookingStatus;
import org.junit.jupiter.api.Test;

/**
 * The texts the pages name at run time ({@code msg['caseState.'+=c.state]}): for every value the name can take
 * (each constant of the enum behind it, each entity the audit trail records), both languages have the text,
 * so no page ever shows {@code ???role.PORTAL???}. A view that builds a key from a prefix this test does not
 * know fails until its values are listed here.
 */
class RunTimeKeysTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Pattern BUILT_KEY = Pattern.compile("msg\\['([A-Za-z.]+\\.)'\\s*\\+=");

    /** Each prefix a view builds a key with, and the values that follow it. */
    private static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        values("channel.", Channel.values());
        values("role.", Role.values());
        values("companyRequest.", CompanyRequest.Status.values());
        values("representation.", Representation.Basis.values());
        values("webhookCall.", WebhookCall.Status.values());
        values("eaddress.work.", MailboxFilter.Work.values());
        values("caseState.", CaseState.values());
        values("caseType.", CaseType.values());
        values("caseList.", CaseList.values());
        values("caseEvent.", CaseEventType.values());
        values("clientKind.", ClientKind.values());
        values("bookingStatus.", BookingStatus.values());
        values("signature.", SignatureCheck.Result.values());
        values("identityDocument.", IdentityDocument.values());
        values("feeEntry.", FeeEntry.Kind.values());
        values("paymentMethod.", PaymentMethod.values());
        values("documentPurpose.", DocumentPurpose.values());
        values("onboardingStep.", OnboardingStep.values());
        values("supportStatus.", SupportStatus.values());
        values("trainingJourney.", TrainingJourney.values());
        values("replyKind.", ReplyKind.values());
        values("ratingChannel.", RatingChannel.values());
        values("representationBasis.", RepresentationBasis.values());
        values("kind.", InstitutionKind.values());
        values("centreType.", CentreType.values());
        values("agreementStatus.", AgreementStatus.values());
        values("staffStatus.", StaffStatus.values());
        values("kpi.scope.", TenantScope.Reach.values());
        values("deadlineKind.", DeadlineKind.values());
        values("catalogue.days.", DeadlineKind.values());
        values("fieldType.", FieldType.values());
        values("fieldType.hint.", FieldType.values());
        values("recipients.", Recipients.values());
        values("serviceStatus.", ServiceStatus.values());
        values("versionState.", VersionState.values());
        values("deliveryStatus.", DeliveryStatus.values());
        values("alertStatus.", InboxEntry.AlertStatus.values());
        values("kpi.reports.kind.", MinistryReport.Kind.values());
        values("batchStatus.", BatchStatus.values());
        values("auditAction.", AuditAction.values());
        values("dataUse.", AuditAction.values());
        values("auditProblem.", AuditCheck.Problem.values());
        values("dayKind.", DayKind.values());
        values("holiday.", Holiday.values());
        VALUES.put(
                "day.",
                Arrays.stream(DayOfWeek.values())
                        .map(d -> String.valueOf(d.getValue()))
                        .toList());
        VALUES.put("dayShort.", VALUES.get("day."));
    }

    private static void values(String prefix, Enum<?>[] constants) {
        VALUES.put(prefix, Arrays.stream(constants).map(Enum::name).toList());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RunTimeKeysTest.class.getResourceAsStream("/lv/pietura/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyPrefixAViewBuildsAKeyWithIsKnownHere() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path view : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = BUILT_KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            }
        }
        assertThat(prefixes).isNotEmpty();
        Set<String> known = new TreeSet<>(VALUES.keySet());
        known.add("entity."); // the records the audit trail names, below
        assertThat(known).containsAll(prefixes);
    }

    @Test
    void everyValueHasItsTextInBothLanguages() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = bundle(name);
            List<String> missing = new ArrayList<>();
            VALUES.forEach((prefix, values) -> values.stream()
                    .map(v -> prefix + v)
                    .filter(key -> !texts.containsKey(key))
                    .forEach(missing::add));
            assertThat(missing).as(name).isEmpty();
        }
    }

    /**
     * Every kind of record the audit trail names ({@code entity.} on the audit page and a holder's "who used my
     * data"): the names the code passes to the audit log, as a literal or its class's {@code ENTITY}.
     */
    @Test
    void everyRecordTheAuditTrailNamesHasItsTextInBothLanguages() throws IOException {
        Set<String> entities = new TreeSet<>();
        Pattern call = Pattern.compile("\\baudit\\.record\\w*\\(([^;]*?)\\);", Pattern.DOTALL);
        Pattern named = Pattern.compile("ENTITY\\s*=\\s*\"(\\w+)\"");
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("../ejb-module/src/main/java")), Files.walk(Path.of("src/main/java")))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher constant = named.matcher(code);
                String own = constant.find() ? constant.group(1) : null;
                Matcher calls = call.matcher(code);
                while (calls.find()) {
                    Matcher literal = Pattern.compile("(?:^|,)\\s*\"([A-Z]\\w+)\"\\s*(?=,|$)")
                            .matcher(calls.group(1));
                    if (literal.find()) {
                        entities.add(literal.group(1));
                    } else if (own != null && calls.group(1).matches("(?s).*,\\s*ENTITY\\s*,.*")) {
                        entities.add(own);
                    }
                }
            }
        }
        assertThat(entities).as("entities found in the code").contains("ServiceCase", "Message", "StaffAccount");
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = bundle(name);
            assertThat(entities.stream().map(e -> "entity." + e).filter(k -> !texts.containsKey(k)))
                    .as(name)
                    .isEmpty();
        }
    }
}
