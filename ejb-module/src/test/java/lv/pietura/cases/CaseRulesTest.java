package lv.pietura.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.pietura.calendar.DayKind;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceCode;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.Money;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The life of a case: registration, deadlines in working days, each step and who may take it. */
class CaseRulesTest {

    /** Registered on Monday 23 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static final WorkingDayCalendar LAW = WorkingDayCalendar.byLawOnly();
    private static final String CLIENT = "010190-12349";

    private Institution vsaa;
    private Institution vid;
    private Institution adazi;
    private Centre adaziCentre;
    private StaffAccount clerk;
    private StaffAccount laura;
    private StaffAccount peteris;
    private StaffAccount vidSpecialist;
    private ServiceVersion pension;

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Institution institution(long id, String name, String number, InstitutionKind kind) {
        Institution institution =
                withId(new Institution(LocalizedName.of(name, null), RegistrationNumber.of(number), kind, null), id);
        institution.conclude(
                "L-" + id, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, LocalDate.of(2020, 1, 1));
        return institution;
    }

    private static StaffAccount staff(long id, String username, Institution institution, Centre centre, Role role) {
        return withId(
                new StaffAccount(
                        username,
                        "Tests " + username,
                        username + "@example.lv",
                        institution,
                        centre,
                        EnumSet.of(role),
                        "Sākotnējā-parole-2026".toCharArray(),
                        Instant.parse("2026-01-01T08:00:00Z")),
                id);
    }

    static ServiceContent pensionContent(
            DeadlineKind kind, boolean suspension, boolean extension, Integer maxExtension) {
        return pensionContent(kind, suspension, extension, maxExtension, List.of());
    }

    static ServiceContent pensionContent(
            DeadlineKind kind,
            boolean suspension,
            boolean extension,
            Integer maxExtension,
            List<ServiceContent.FeeData> fees) {
        return new ServiceContent(
                "Vecuma pensijas piešķiršana",
                null,
                "Apraksts",
                null,
                "Funkcija",
                null,
                Recipients.PERSONS,
                "Visa Latvija",
                null,
                List.of(new ServiceContent.LegalActData("Likums \"Par valsts pensijām\"", "11. pants", null)),
                List.of(),
                List.of(),
                fees,
                Set.of(Channel.IN_PERSON, Channel.POST),
                Set.of(Channel.E_ADDRESS),
                null,
                20,
                kind,
                10,
                suspension,
                extension,
                maxExtension,
                List.of(
                        new ServiceContent.ResultTypeData("granted", "Pensija piešķirta", null, true),
                        new ServiceContent.ResultTypeData("refused", "Atteikts", null, true)),
                List.of(
                        new ServiceContent.FieldData(
                                "start", "Pensijas sākuma datums", null, FieldType.DATE, true, null, null, null),
                        new ServiceContent.FieldData(
                                "payment",
                                "Izmaksas veids",
                                null,
                                FieldType.CHOICE,
                                true,
                                null,
                                null,
                                List.of("Uz kontu", "Pastā")),
                        new ServiceContent.FieldData(
                                "record", "Stāža dokumenti", null, FieldType.FILE, false, null, null, null)),
                List.of(),
                null,
                null,
                false);
    }

    private ServiceVersion published(Institution holder, String code, ServiceContent content) {
        Service service = withId(
                new Service(
                        ServiceCode.of(code),
                        holder,
                        content,
                        List.of(),
                        Instant.parse("2026-01-01T08:00:00Z"),
                        "manager"),
                100 + code.length());
        return service.publish(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), Instant.parse("2026-01-01T08:00:00Z"), "manager");
    }

    @BeforeEach
    void oneCentreTwoHoldersAndTheirStaff() {
        vsaa = institution(1, "Valsts sociālās apdrošināšanas aģentūra", "90001634668", InstitutionKind.STATE_BODY);
        vid = institution(2, "Valsts ieņēmumu dienests", "90000069281", InstitutionKind.STATE_BODY);
        adazi = institution(3, "Ādažu novada pašvaldība", "90000048491", InstitutionKind.MUNICIPALITY);
        adaziCentre = withId(
                new Centre("Ādažu novada VPVKAC", adazi, "Gaujas iela 33A", CentreType.REGIONAL, List.of()), 10L);
        clerk = staff(20, "anna", adazi, adaziCentre, Role.CLERK);
        laura = staff(21, "laura", vsaa, null, Role.SPECIALIST);
        peteris = staff(22, "peteris", vsaa, null, Role.SPECIALIST);
        vidSpecialist = staff(23, "edgars", vid, null, Role.SPECIALIST);
        pension = published(vsaa, "VSAA-PENSIJA", pensionContent(DeadlineKind.WORKING_DAYS, true, true, 10));
    }

    private static CaseStep at(StaffAccount who, LocalDate day) {
        return new CaseStep(
                new CaseStep.Actor(
                        who.username(),
                        who.id(),
                        who.institution().id(),
                        who.centre() == null ? null : who.centre().id()),
                day.atTime(10, 0).toInstant(ZoneOffset.UTC),
                day,
                LAW);
    }

    @Test
    void aFieldLeftEmptyIsAFieldNotFilledIn() {
        Map<String, String> sent = new java.util.HashMap<>(validIntake());
        sent.put("note", null);
        assertThat(application(sent).intake()).isEqualTo(validIntake());
    }

    private static NewCase application(Map<String, String> intake) {
        return janis(CaseType.APPLICATION, Channel.IN_PERSON, intake).withContact("janis@example.lv", "+371 26000000");
    }

    /** Jānis Bērziņš's case for the pension, without contact details. */
    private static NewCase janis(CaseType type, Channel channel, Map<String, String> intake) {
        return NewCase.of(ClientKind.PERSON, CLIENT, "Jānis Bērziņš", "VSAA-PENSIJA", type, channel, intake);
    }

    private static Map<String, String> validIntake() {
        return Map.of("start", "01.02.2027", "payment", "Uz kontu");
    }

    private ServiceCase registered() {
        return ServiceCase.register(application(validIntake()), pension, adazi, adaziCentre, at(clerk, MONDAY));
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
            return List.of();
        } catch (RuleViolation v) {
            return v.problems().stream()
                    .map(p -> p.field() + ":" + p.messageKey())
                    .toList();
        }
    }

    // ----- registration -----

    @Test
    void anApplicationIsRoutedToTheHolderWithItsDeadlinesInWorkingDays() {
        ServiceCase c = registered();
        assertThat(c.state()).isEqualTo(CaseState.NEW);
        assertThat(c.handlingInstitution()).isSameAs(vsaa);
        assertThat(c.registeringInstitution()).isSameAs(adazi);
        assertThat(c.serviceVersion()).isSameAs(pension);
        // 20 working days after Monday 23 November 2026
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(c.normOn()).as("10 working days").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(c.intake()).containsEntry("start", "2027-02-01").containsEntry("payment", "Uz kontu");
        assertThat(c.events()).extracting(CaseEvent::type).containsExactly(CaseEventType.REGISTERED);
        assertThat(c.events().get(0).actor()).isEqualTo("anna");
        assertThat(c.events().get(0).actorCentreId()).isEqualTo(10L);
    }

    @Test
    void aDeadlineInCalendarDaysEndingOnAHolidayMovesToTheNextWorkingDay() {
        ServiceVersion calendarDays =
                published(vsaa, "VSAA-KALENDARS", pensionContent(DeadlineKind.CALENDAR_DAYS, false, false, null));
        NewCase given = application(validIntake());
        ServiceCase c = ServiceCase.register(
                given.forService("VSAA-KALENDARS", CaseType.APPLICATION),
                calendarDays,
                adazi,
                adaziCentre,
                at(clerk, LocalDate.of(2026, 6, 4)));
        // 4 June + 20 days = 24 June, Midsummer Day; the term ends on Thursday 25 June
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 6, 25));
    }

    @Test
    void theCabinetsMovedDaysCountInTheDeadline() {
        WorkingDayCalendar moved = new WorkingDayCalendar(
                Map.of(LocalDate.of(2025, 11, 17), DayKind.DAY_OFF, LocalDate.of(2025, 11, 8), DayKind.WORKING_DAY));
        ServiceVersion quick = published(
                vsaa,
                "VSAA-ATRI",
                new ServiceContent(
                        "Ātrais",
                        null,
                        "A",
                        null,
                        "F",
                        null,
                        Recipients.BOTH,
                        "LV",
                        null,
                        List.of(new ServiceContent.LegalActData("L", null, null)),
                        List.of(),
                        List.of(),
                        List.of(),
                        Set.of(Channel.IN_PERSON),
                        Set.of(Channel.E_ADDRESS),
                        null,
                        1,
                        DeadlineKind.WORKING_DAYS,
                        null,
                        false,
                        false,
                        null,
                        List.of(new ServiceContent.ResultTypeData("done", "Izdarīts", null, false)),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false));
        NewCase given = NewCase.of(
                ClientKind.PERSON, CLIENT, "Jānis", "VSAA-ATRI", CaseType.APPLICATION, Channel.IN_PERSON, Map.of());
        CaseStep friday = new CaseStep(
                at(clerk, MONDAY).actor(), Instant.parse("2025-11-14T10:00:00Z"), LocalDate.of(2025, 11, 14), moved);
        // Monday 17 November moved off, Tuesday 18 November a holiday
        assertThat(ServiceCase.register(given, quick, adazi, adaziCentre, friday)
                        .dueOn())
                .isEqualTo(LocalDate.of(2025, 11, 19));
    }

    @Test
    void badInputIsRefusedWithEveryProblemNamed() {
        NewCase bad = NewCase.of(
                        ClientKind.PERSON,
                        "310290-12340",
                        " ",
                        "VSAA-PENSIJA",
                        CaseType.APPLICATION,
                        Channel.E_SERVICE,
                        Map.of("start", "31.02.2027", "payment", "Skaidrā naudā", "unknown", "x"))
                .withContact("not-an-email", "abc");
        assertThat(problems(() -> ServiceCase.register(bad, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder(
                        "clientName:required",
                        "clientCode:personalCode.date",
                        "clientEmail:email.invalid",
                        "clientPhone:case.client.phone",
                        "channel:case.channel.notOffered",
                        "intake.unknown:case.intake.unknownField",
                        "intake.start:case.intake.date",
                        "intake.payment:case.intake.choice");
    }

    @Test
    void requiredIntakeFieldsMustBeFilledIn() {
        assertThat(problems(() ->
                        ServiceCase.register(application(Map.of()), pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder("intake.start:case.intake.required", "intake.payment:case.intake.required");
    }

    @Test
    void aServiceForPersonsIsNotForACompany() {
        NewCase company = NewCase.of(
                        ClientKind.ORGANISATION,
                        "40003521600",
                        "SIA Tests",
                        "VSAA-PENSIJA",
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        validIntake())
                .representedBy("Jānis Bērziņš", CLIENT, RepresentationBasis.OFFICER, "Valdes loceklis");
        assertThat(problems(() -> ServiceCase.register(company, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactly("clientKind:case.client.personsOnly");
    }

    @Test
    void aForeignClientIsRecordedByTheirDocumentAndFoundAgainByItsNumber() {
        NewCase foreign = application(validIntake())
                .forForeignClient("ab 123-4567", IdentityDocument.PASSPORT, "lt", LocalDate.of(1985, 3, 14));
        ServiceCase c = ServiceCase.register(foreign, pension, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(c.client().kind()).isEqualTo(ClientKind.FOREIGN_PERSON);
        assertThat(c.client().code()).isEqualTo("AB1234567");
        assertThat(c.client().formattedCode()).isEqualTo("AB1234567");
        assertThat(c.client().documentType()).isEqualTo(IdentityDocument.PASSPORT);
        assertThat(c.client().country()).isEqualTo("LT");
        assertThat(c.client().birthDate()).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(c.client().kind().latvian()).isFalse();
        assertThat(CaseQueries.normalisedClientCode(" ab1234567 ")).isEqualTo("AB1234567");
        assertThat(CaseQueries.normalisedClientCode("010190-12349")).isEqualTo("01019012349");
    }

    @Test
    void aForeignClientsDocumentMustBeWhole() {
        NewCase bad = application(validIntake()).forForeignClient("A-1", null, "XX", MONDAY);
        assertThat(problems(() -> ServiceCase.register(bad, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder(
                        "clientCode:case.client.documentNumber",
                        "clientDocumentType:required",
                        "clientCountry:case.client.country",
                        "clientBirthDate:case.client.birthDate");
        NewCase empty = application(validIntake()).forForeignClient(" ", IdentityDocument.ID_CARD, " ", null);
        assertThat(problems(() -> ServiceCase.register(empty, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder(
                        "clientCode:case.client.documentNumberRequired",
                        "clientCountry:case.client.countryRequired",
                        "clientBirthDate:case.client.birthDateRequired");
        assertThat(Client.documentNumber("ABCDEFG")).as("a digit among them").isNull();
        assertThat(Client.documentNumber("AB12")).as("five at least").isNull();
        assertThat(Client.documentNumber("ĀB12345")).as("Latin letters").isNull();
    }

    @Test
    void anAnonymousClientComesForAConsultationAndLeavesNothingThatIdentifiesThem() {
        NewCase question = janis(CaseType.CONSULTATION, Channel.PHONE, validIntake())
                .anonymous()
                .answeredOnTheSpot("Atbildēts", null);
        ServiceCase c = ServiceCase.register(question, pension, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(c.client().kind()).isEqualTo(ClientKind.ANONYMOUS);
        assertThat(c.client().code()).isNull();
        assertThat(c.client().name()).isNull();
        assertThat(c.client().formattedCode()).isNull();
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);

        NewCase application = application(validIntake()).anonymous();
        assertThat(problems(() -> ServiceCase.register(application, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactly("clientKind:case.client.anonymousConsultationOnly");
        NewCase named = new NewCase(
                ClientKind.ANONYMOUS,
                null,
                "Jānis",
                null,
                "+371 26000000",
                null,
                null,
                null,
                null,
                "VSAA-PENSIJA",
                CaseType.CONSULTATION,
                Channel.PHONE,
                validIntake(),
                List.of(),
                null,
                false,
                null,
                null,
                null);
        assertThat(problems(() -> ServiceCase.register(named, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactly("clientKind:case.client.anonymousIdentified");
    }

    @Test
    void aRepresentativeNeedsAValidCodeAndABasis() {
        NewCase given = application(validIntake())
                .withContact(null, null)
                .representedBy("Anna Bērziņa", "010190-12348", null, null);
        assertThat(problems(() -> ServiceCase.register(given, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder("representativeCode:personalCode.checksum", "representativeBasis:required");
    }

    @Test
    void aFileFieldIsAnsweredByAnAttachment() {
        FileRef scan = new FileRef(
                "0b1f5c3e-7a2d-4c1e-9f3a-1d2e3f4a5b6c", "a".repeat(64), 1000, "application/pdf", "stazs.pdf");
        NewCase given = janis(CaseType.APPLICATION, Channel.IN_PERSON, validIntake())
                .withAttachments(List.of(new NewCase.Attachment(scan, "record"), new NewCase.Attachment(scan, null)))
                .withNote("Oriģināli redzēti");
        ServiceCase c = ServiceCase.register(given, pension, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(c.documents()).extracting(CaseDocument::fieldCode).containsExactly("record", null);
        assertThat(c.documents()).allMatch(d -> d.purpose() == DocumentPurpose.ATTACHMENT);
    }

    @Test
    void aConsultationClosedOnTheSpotIsCompletedAtOnceAndCannotBeCompletedAgain() {
        NewCase consultation = janis(CaseType.CONSULTATION, Channel.PHONE, Map.of())
                .answeredOnTheSpot("Izskaidroti pensijas piešķiršanas nosacījumi", null);
        // a consultation's intake is the application's: required fields still apply
        assertThat(problems(() -> ServiceCase.register(consultation, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .contains("intake.start:case.intake.required");
        NewCase answered = janis(CaseType.CONSULTATION, Channel.PHONE, validIntake())
                .answeredOnTheSpot("Izskaidroti pensijas piešķiršanas nosacījumi", "granted");
        ServiceCase c = ServiceCase.register(answered, pension, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.closedOn()).isEqualTo(MONDAY);
        assertThat(c.closedInTime()).isTrue();
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.COMPLETED);
        assertThat(problems(() -> c.complete("granted", null, List.of(), at(laura, MONDAY))))
                .isNotEmpty();
        assertThatThrownBy(() -> c.take(laura, at(laura, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.state.notAllowed.COMPLETED");
    }

    @Test
    void anApplicationOwesTheFeesOfItsVersionAndAConsultationNothing() {
        ServiceVersion paid = certificate(false);
        ServiceCase application =
                ServiceCase.register(application(validIntake()), paid, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(application.feeDue()).isEqualTo(new Money(570));
        NewCase question = NewCase.of(
                ClientKind.PERSON,
                CLIENT,
                "Jānis Bērziņš",
                "VSAA-IZZINA",
                CaseType.CONSULTATION,
                Channel.PHONE,
                validIntake());
        assertThat(ServiceCase.register(question, paid, adazi, adaziCentre, at(clerk, MONDAY))
                        .feeDue()
                        .isFree())
                .isTrue();
        assertThat(registered().feeDue().isFree()).as("a service without fees").isTrue();
    }

    /** An application for the certificate below, registered by the Ādaži consultant. */
    private ServiceCase certificateApplication(boolean before) {
        return ServiceCase.register(
                application(validIntake()), certificate(before), adazi, adaziCentre, at(clerk, MONDAY));
    }

    /** A certificate with two fee items, 5,70 € in all; {@code before}: paid before the result. */
    private ServiceVersion certificate(boolean before) {
        return published(
                vsaa,
                "VSAA-IZZINA",
                pensionContent(
                                DeadlineKind.WORKING_DAYS,
                                true,
                                true,
                                10,
                                List.of(
                                        new ServiceContent.FeeData(
                                                "Valsts nodeva", null, new java.math.BigDecimal("4.50"), null),
                                        new ServiceContent.FeeData(
                                                "Sagatavošana", null, new java.math.BigDecimal("1.20"), null)))
                        .withFeeBeforeResult(before));
    }

    @Test
    void aClientPaysTheFeeInPartsNeverMoreThanOwedAndABankTransferNeedsItsReference() {
        ServiceCase c = certificateApplication(false);
        assertThat(c.actionsFor(clerk)).contains(CaseAction.FEES);
        assertThat(c.payFee(PaymentMethod.CASH, new Money(200), null, at(clerk, MONDAY)))
                .isEqualTo(1);
        assertThat(c.feePaid()).isEqualTo(new Money(200));
        assertThat(c.feeOutstanding()).isEqualTo(new Money(370));
        assertThat(problems(() -> c.payFee(PaymentMethod.CARD, new Money(371), null, at(clerk, MONDAY))))
                .containsExactly("feeAmount:case.fee.moreThanOwed");
        assertThat(problems(() -> c.payFee(PaymentMethod.BANK_TRANSFER, new Money(370), " ", at(clerk, MONDAY))))
                .containsExactly("feeReference:case.fee.referenceRequired");
        assertThat(problems(() -> c.payFee(null, new Money(0), null, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder("feeMethod:required", "feeAmount:case.fee.amount");
        assertThat(c.payFee(PaymentMethod.BANK_TRANSFER, new Money(370), "MU-2026-118", at(clerk, MONDAY)))
                .isEqualTo(2);
        assertThat(c.feeOutstanding().isFree()).isTrue();
        assertThat(c.feeEntries()).extracting(FeeEntry::reference).containsExactly(null, "MU-2026-118");
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.FEE_PAID, CaseEventType.FEE_PAID);
        assertThat(problems(() -> c.exemptFromFee("Likuma 5. pants", at(clerk, MONDAY))))
                .containsExactly("feeReason:case.fee.nothingOwed");
    }

    @Test
    void anExemptionCoversWhatIsStillOwedForALegalReasonAndARefundNeverExceedsWhatWasPaid() {
        ServiceCase c = certificateApplication(false);
        c.payFee(PaymentMethod.CASH, new Money(100), null, at(clerk, MONDAY));
        assertThat(problems(() -> c.exemptFromFee(" ", at(clerk, MONDAY)))).containsExactly("feeReason:required");
        c.exemptFromFee("Trūcīgas personas statuss (likuma 10. pants)", at(clerk, MONDAY));
        assertThat(c.feeExempt()).isEqualTo(new Money(470));
        assertThat(c.feeOutstanding().isFree()).isTrue();
        assertThat(problems(() -> c.refundFee(PaymentMethod.CASH, new Money(101), "Kļūda", at(clerk, MONDAY))))
                .containsExactly("feeAmount:case.fee.moreThanPaid");
        c.refundFee(PaymentMethod.CASH, new Money(100), "Samaksāts kļūdas dēļ", at(clerk, MONDAY));
        assertThat(c.feePaid().isFree()).isTrue();
        assertThat(c.feeOutstanding()).as("what was paid back is owed again").isEqualTo(new Money(100));
        c.exemptFromFee("Trūcīgas personas statuss (likuma 10. pants)", at(clerk, MONDAY));
        assertThat(c.feeExempt()).isEqualTo(new Money(570));
        assertThat(c.feeOutstanding()).isEqualTo(Money.ZERO);
        assertThat(problems(() -> registered().payFee(PaymentMethod.CASH, new Money(1), null, at(clerk, MONDAY))))
                .as("a service without fees")
                .containsExactly("null:case.fee.none");
    }

    @Test
    void aServiceWhoseFeesArePaidBeforeTheResultIsNotCompletedWhileTheClientOwes() {
        ServiceCase c = certificateApplication(true);
        c.take(laura, at(laura, MONDAY));
        assertThat(problems(() -> c.complete("granted", null, List.of(), at(laura, MONDAY))))
                .containsExactly("resultType:case.fee.unpaid");
        c.payFee(PaymentMethod.CARD, new Money(570), null, at(laura, MONDAY));
        c.complete("granted", null, List.of(), at(laura, MONDAY));
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);

        ServiceCase free = certificateApplication(false);
        free.take(laura, at(laura, MONDAY));
        free.complete("granted", null, List.of(), at(laura, MONDAY));
        assertThat(free.state()).as("paid later, at the centre").isEqualTo(CaseState.COMPLETED);
    }

    @Test
    void aVisitIsRatedOnceFrom1To5WithinHalfAnHourOfBeingAsked() {
        ServiceCase c = registered();
        Instant asked = MONDAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
        VisitRating visit = new VisitRating(c, adaziCentre, clerk, "a".repeat(64), asked);
        assertThat(visit.open(asked.plus(VisitRating.OPEN_FOR).minusSeconds(1))).isTrue();
        assertThat(visit.open(asked.plus(VisitRating.OPEN_FOR))).as("too late").isFalse();
        assertThat(problems(() -> visit.rate(6, null, asked, MONDAY))).containsExactly("rating:case.rating.range");
        assertThat(problems(() -> visit.rate(null, "x".repeat(1001), asked, MONDAY)))
                .containsExactlyInAnyOrder("rating:case.rating.range", "comment:tooLong");
        visit.rate(4, " Laipni ", asked, MONDAY);
        assertThat(visit.rating()).isEqualTo(4);
        assertThat(visit.comment()).isEqualTo("Laipni");
        assertThat(visit.open(asked)).as("rated once").isFalse();
        assertThat(c.actionsFor(clerk)).contains(CaseAction.RATE_VISIT);
        assertThat(c.actionsFor(laura)).doesNotContain(CaseAction.RATE_VISIT);
    }

    @Test
    void anApplicationForAHolderOutsidePieturaIsAnsweredByTheConsultantOfItsCentre() {
        Institution land = withId(
                new Institution(
                        LocalizedName.of("Valsts zemes dienests", null),
                        RegistrationNumber.of("90000012827"),
                        InstitutionKind.STATE_BODY,
                        null),
                4L);
        ServiceVersion cadastre =
                published(land, "VZD-IZZINA", pensionContent(DeadlineKind.WORKING_DAYS, false, false, 0));
        ServiceCase c = ServiceCase.register(
                application(validIntake()).forService("VZD-IZZINA", CaseType.APPLICATION),
                cadastre,
                adazi,
                adaziCentre,
                at(clerk, MONDAY));
        assertThat(c.outsidePietura()).isTrue();
        assertThat(c.actionsFor(clerk)).contains(CaseAction.RECORD_ANSWER);
        assertThat(ServiceCase.register(
                                janis(CaseType.CONSULTATION, Channel.PHONE, validIntake()),
                                cadastre,
                                adazi,
                                adaziCentre,
                                at(clerk, MONDAY))
                        .outsidePietura())
                .as("a consultation is answered at the centre")
                .isFalse();
        c.sentToHolder("message-1", at(clerk, MONDAY));
        StaffAccount otherCentre = staff(
                24,
                "ilze",
                adazi,
                withId(new Centre("Carnikavas VPVKAC", adazi, "Stacijas iela 5", CentreType.COUNTY, List.of()), 11L),
                Role.CLERK);
        assertThatThrownBy(() -> c.completeForHolder("granted", null, List.of(), at(otherCentre, MONDAY)))
                .isInstanceOf(AccessDenied.class);
        assertThat(problems(() -> c.completeForHolder("nothing", null, List.of(), at(clerk, MONDAY))))
                .containsExactly("resultType:case.result.unknown");
        c.completeForHolder("granted", "Izziņa izsniegta 10.12.", List.of(), at(clerk, MONDAY));
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.SENT_TO_HOLDER, CaseEventType.COMPLETED);
        assertThat(problems(() -> registered().refuseForHolder("Nav", List.of(), at(clerk, MONDAY))))
                .as("a holder in Pietura answers itself")
                .containsExactly("null:case.holder.inPietura");
    }

    @Test
    void onlyAConsultationCanBeClosedOnTheSpotAndOnlyWithAnOutcome() {
        NewCase given =
                janis(CaseType.APPLICATION, Channel.IN_PERSON, validIntake()).answeredOnTheSpot(" ", "nope");
        assertThat(problems(() -> ServiceCase.register(given, pension, adazi, adaziCentre, at(clerk, MONDAY))))
                .containsExactlyInAnyOrder(
                        "closeOnSpot:case.closeOnSpot.consultationsOnly",
                        "outcome:required",
                        "outcomeResultType:case.result.unknown");
    }

    // ----- handling -----

    @Test
    void aSpecialistTakesCompletesAndEveryStepIsRecorded() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY.plusDays(1)));
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.assignee()).isSameAs(laura);
        FileRef decision = new FileRef(
                "5c6d7e8f-1a2b-4c3d-8e4f-9a0b1c2d3e4f", "b".repeat(64), 2000, "application/pdf", "lemums.pdf");
        c.complete("granted", "Pensija piešķirta no 01.02.2027", List.of(decision), at(laura, MONDAY.plusDays(3)));
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.result()).get().extracting(r -> r.code()).isEqualTo("granted");
        assertThat(c.documents()).extracting(CaseDocument::purpose).containsExactly(DocumentPurpose.RESULT);
        assertThat(c.closedInTime()).isTrue();
        assertThat(c.events())
                .extracting(CaseEvent::type, CaseEvent::fromState, CaseEvent::toState)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(CaseEventType.REGISTERED, null, CaseState.NEW),
                        org.assertj.core.api.Assertions.tuple(
                                CaseEventType.TAKEN, CaseState.NEW, CaseState.IN_PROGRESS),
                        org.assertj.core.api.Assertions.tuple(
                                CaseEventType.COMPLETED, CaseState.IN_PROGRESS, CaseState.COMPLETED));
    }

    @Test
    void aSpecialistOfAnotherInstitutionCannotTouchTheCase() {
        ServiceCase c = registered();
        assertThatThrownBy(() -> c.take(vidSpecialist, at(vidSpecialist, MONDAY)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> c.forward(vid, "Nav mūsu", at(vidSpecialist, MONDAY)))
                .isInstanceOf(AccessDenied.class);
        assertThat(c.actionsFor(vidSpecialist)).isEmpty();
        assertThat(c.actionsFor(laura))
                .containsExactlyInAnyOrder(
                        CaseAction.TAKE,
                        CaseAction.ASSIGN,
                        CaseAction.FORWARD,
                        CaseAction.ADD_DOCUMENTS,
                        CaseAction.HOLD);
    }

    @Test
    void onlyTheAssigneeWorksTheCase() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        assertThatThrownBy(() -> c.complete("granted", null, List.of(), at(peteris, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.notAssignedToYou");
        assertThat(c.actionsFor(peteris))
                .containsExactlyInAnyOrder(
                        CaseAction.ASSIGN, CaseAction.FORWARD, CaseAction.ADD_DOCUMENTS, CaseAction.HOLD);
        c.assign(peteris, at(laura, MONDAY));
        assertThat(c.assignee()).isSameAs(peteris);
        assertThat(c.actionsFor(peteris))
                .contains(CaseAction.COMPLETE, CaseAction.REFUSE, CaseAction.ASK_CLIENT, CaseAction.EXTEND);
        assertThatThrownBy(() -> c.assign(vidSpecialist, at(laura, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.assign.notASpecialist");
        assertThatThrownBy(() -> c.assign(clerk, at(laura, MONDAY))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theResultMustBeOneOfTheServicesResultTypes() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        assertThat(problems(() -> c.complete("bribe", null, List.of(), at(laura, MONDAY))))
                .containsExactly("resultType:case.result.unknown");
        assertThat(problems(() -> c.complete(null, null, List.of(), at(laura, MONDAY))))
                .containsExactly("resultType:required");
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
    }

    @Test
    void aRefusalNeedsReasons() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        assertThat(problems(() -> c.refuse(" ", List.of(), at(laura, MONDAY)))).containsExactly("reason:required");
        c.refuse("Nav sasniegts pensionēšanās vecums", List.of(), at(laura, MONDAY.plusDays(2)));
        assertThat(c.state()).isEqualTo(CaseState.REFUSED);
        assertThat(c.resultNote()).isEqualTo("Nav sasniegts pensionēšanās vecums");
    }

    @Test
    void waitingForTheClientStopsTheClock() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        LocalDate due = c.dueOn();
        // asked on Wednesday 25 November, answered on Wednesday 2 December: 5 working days stood still
        c.askClient("Trūkst stāža izziņas", at(laura, LocalDate.of(2026, 11, 25)));
        assertThat(c.state()).isEqualTo(CaseState.WAITING);
        assertThat(c.overdueOn(LocalDate.of(2027, 3, 1)))
                .as("a waiting case is never overdue")
                .isFalse();
        assertThat(c.actionsFor(laura)).contains(CaseAction.RESUME).doesNotContain(CaseAction.COMPLETE);
        c.resume("Izziņa saņemta", at(laura, LocalDate.of(2026, 12, 2)));
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.suspendedDays()).isEqualTo(5);
        // 21 December + 5 working days, over the Christmas holidays
        assertThat(c.dueOn()).isEqualTo(LAW.addWorkingDays(due, 5)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(c.normOn()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void suspensionAndExtensionAreAllowedOnlyWhenTheServiceSaysSo() {
        ServiceVersion strict =
                published(vsaa, "VSAA-STINGRS", pensionContent(DeadlineKind.WORKING_DAYS, false, false, null));
        NewCase given = application(validIntake());
        ServiceCase c = ServiceCase.register(
                given.forService("VSAA-STINGRS", CaseType.APPLICATION), strict, adazi, adaziCentre, at(clerk, MONDAY));
        c.take(laura, at(laura, MONDAY));
        assertThatThrownBy(() -> c.askClient("Trūkst", at(laura, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.suspend.notAllowed");
        assertThatThrownBy(() -> c.extend(5, "Sarežģīts", at(laura, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.extend.notAllowed");
        assertThat(c.actionsFor(laura)).doesNotContain(CaseAction.ASK_CLIENT, CaseAction.EXTEND);
    }

    @Test
    void anExtensionStaysWithinTheLimitAndNeedsAReason() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        LocalDate due = c.dueOn();
        assertThat(problems(() -> c.extend(5, " ", at(laura, MONDAY)))).containsExactly("reason:required");
        assertThat(problems(() -> c.extend(0, "Ekspertīze", at(laura, MONDAY))))
                .containsExactly("days:case.extend.positive");
        c.extend(6, "Jāpieprasa dati no ārvalsts", at(laura, MONDAY));
        assertThat(c.dueOn()).isEqualTo(LAW.addWorkingDays(due, 6));
        assertThat(c.remainingExtensionDays()).isEqualTo(4);
        assertThat(problems(() -> c.extend(5, "Vēl", at(laura, MONDAY))))
                .containsExactly("days:case.extend.beyondLimit");
        c.extend(4, "Vēl dati", at(laura, MONDAY));
        assertThat(c.remainingExtensionDays()).isZero();
        assertThat(c.actionsFor(laura)).doesNotContain(CaseAction.EXTEND);
        assertThat(c.events())
                .filteredOn(e -> e.type() == CaseEventType.EXTENDED)
                .extracting(CaseEvent::detail)
                .containsExactly("6", "4");
    }

    @Test
    void aForwardedCaseStartsAgainAtTheOtherInstitutionAndKeepsItsHistory() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        LocalDate due = c.dueOn();
        assertThat(problems(() -> c.forward(vsaa, "Pašiem", at(laura, MONDAY))))
                .containsExactly("institution:case.forward.sameInstitution");
        assertThat(problems(() -> c.forward(vid, null, at(laura, MONDAY)))).containsExactly("reason:required");
        c.forward(vid, "Jautājums par nodokļiem", at(laura, MONDAY.plusDays(1)));
        assertThat(c.handlingInstitution()).isSameAs(vid);
        assertThat(c.state()).isEqualTo(CaseState.NEW);
        assertThat(c.assignee()).isNull();
        assertThat(c.dueOn()).isEqualTo(due);
        assertThat(c.actionsFor(laura)).isEmpty();
        assertThat(c.actionsFor(vidSpecialist)).contains(CaseAction.TAKE);
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.TAKEN, CaseEventType.FORWARDED);
        assertThat(c.events().get(2).handlingInstitutionId()).isEqualTo(2L);
        assertThat(c.events().get(2).detail()).isEqualTo("1");
    }

    @Test
    void aCaseCannotBeForwardedToAnInstitutionWithoutAnAgreement() {
        Institution ended = withId(
                new Institution(
                        LocalizedName.of("Līvānu novada pašvaldība", null),
                        RegistrationNumber.of("90000065595"),
                        InstitutionKind.MUNICIPALITY,
                        null),
                4L);
        ended.conclude("L-4", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), MONDAY.minusDays(1), MONDAY);
        ServiceCase c = registered();
        assertThat(problems(() -> c.forward(ended, "Viņiem", at(laura, MONDAY))))
                .containsExactly("institution:case.forward.noAgreement");
    }

    // ----- the deadline watch -----

    @Test
    void anOverdueCaseIsFlaggedOnce() {
        ServiceCase c = registered();
        CaseStep system = new CaseStep(
                CaseStep.Actor.system(), Instant.parse("2026-12-22T06:00:00Z"), LocalDate.of(2026, 12, 22), LAW);
        assertThat(c.flagIfOverdue(new CaseStep(
                        CaseStep.Actor.system(),
                        Instant.parse("2026-12-21T06:00:00Z"),
                        LocalDate.of(2026, 12, 21),
                        LAW)))
                .as("due today is not late")
                .isFalse();
        assertThat(c.flagIfOverdue(system)).isTrue();
        assertThat(c.flagIfOverdue(system)).isFalse();
        assertThat(c.overdueSince()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(c.events())
                .filteredOn(e -> e.type() == CaseEventType.OVERDUE)
                .hasSize(1)
                .first()
                .extracting(CaseEvent::actor)
                .isEqualTo(CaseEvent.SYSTEM);
    }

    @Test
    void theAssigneeIsRemindedOnceForEachDueDay() {
        ServiceCase c = registered();
        // due Monday 21 December; two working days before is Thursday 17 December
        CaseStep wednesday = new CaseStep(
                CaseStep.Actor.system(), Instant.parse("2026-12-16T06:00:00Z"), LocalDate.of(2026, 12, 16), LAW);
        CaseStep thursday = new CaseStep(
                CaseStep.Actor.system(), Instant.parse("2026-12-17T06:00:00Z"), LocalDate.of(2026, 12, 17), LAW);
        assertThat(c.needsReminder(2, thursday)).as("nobody to remind yet").isFalse();
        c.take(laura, at(laura, MONDAY));
        assertThat(c.needsReminder(2, wednesday)).isFalse();
        assertThat(c.needsReminder(2, thursday)).isTrue();
        c.reminded(thursday);
        assertThat(c.needsReminder(2, thursday)).isFalse();
        // extended to Wednesday 23 December: reminded again from Monday 21 December
        c.extend(2, "Vajag vairāk laika", at(laura, LocalDate.of(2026, 12, 17)));
        assertThat(c.needsReminder(2, thursday)).isFalse();
        CaseStep monday = new CaseStep(
                CaseStep.Actor.system(), Instant.parse("2026-12-21T06:00:00Z"), LocalDate.of(2026, 12, 21), LAW);
        assertThat(c.needsReminder(2, monday))
                .as("a new due day earns a new reminder")
                .isTrue();
    }

    // ----- the client's rating -----

    @Test
    void aClosedCaseIsRatedOnceThroughItsToken() {
        ServiceCase c = registered();
        assertThatThrownBy(() -> c.openRating("hash", RatingChannel.KIOSK, at(clerk, MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.rating.notClosed");
        c.take(laura, at(laura, MONDAY));
        c.complete("granted", null, List.of(), at(laura, MONDAY));
        assertThat(c.actionsFor(clerk)).containsExactlyInAnyOrder(CaseAction.RATING_LINK, CaseAction.RATE_VISIT);
        CaseStep now = at(clerk, MONDAY);
        c.openRating("hash", RatingChannel.KIOSK, now);
        assertThat(c.ratingOpen(now.at())).isTrue();
        assertThat(c.ratingOpen(now.at().plus(ServiceCase.RATING_LINK_VALID)))
                .as("expired")
                .isFalse();
        assertThat(problems(() -> c.rate(6, null, now))).containsExactly("rating:case.rating.range");
        c.rate(5, "Ātri un laipni", now);
        assertThat(c.rating()).isEqualTo(5);
        assertThat(c.ratingChannel()).isEqualTo(RatingChannel.KIOSK);
        assertThatThrownBy(() -> c.rate(1, null, now))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("case.rating.closed");
        assertThat(c.actionsFor(clerk))
                .as("rated: only the visit is left to rate")
                .containsExactly(CaseAction.RATE_VISIT);
    }

    @Test
    void intakeDatesAndNumbersAreStoredInOneForm() {
        Map<String, String> values = new HashMap<>();
        values.put("start", "2027-02-01");
        values.put("payment", "Pastā");
        assertThat(registered().intake()).containsEntry("start", "2027-02-01");
        ServiceCase c = ServiceCase.register(application(values), pension, adazi, adaziCentre, at(clerk, MONDAY));
        assertThat(c.intake()).containsEntry("start", "2027-02-01").containsEntry("payment", "Pastā");
    }

    private static Caller caller(StaffAccount who, Role... roles) {
        return new Caller(
                who.id(),
                who.username(),
                who.institution().id(),
                who.centre() == null ? null : who.centre().id(),
                roles.length == 0 ? who.roles() : Set.of(roles));
    }

    @Test
    void aCaseIsSeenByItsHoldersSpecialistsAndTheClerksOfTheCentreThatRegisteredIt() {
        ServiceCase c = registered();
        assertThat(CaseAccess.maySee(caller(laura), c, null))
                .as("VSAA's specialist")
                .isTrue();
        assertThat(CaseAccess.maySee(caller(clerk), c, null))
                .as("Ādaži's clerk")
                .isTrue();
        assertThat(CaseAccess.maySee(caller(vidSpecialist), c, null))
                .as("VID's specialist")
                .isFalse();
        assertThat(CaseAccess.maySee(caller(laura, Role.SERVICE_MANAGER), c, null))
                .as("VSAA's service manager")
                .isFalse();
        assertThat(CaseAccess.maySee(caller(clerk, Role.SUPERVISOR), c, null))
                .as("someone of the centre without the clerk's role")
                .isFalse();
    }

    @Test
    void aClerkOfAnotherCentreSeesTheCaseOnlyWhileServingItsClient() {
        ServiceCase c = registered();
        Institution riga =
                institution(4, "Rīgas valstspilsētas pašvaldība", "90011524360", InstitutionKind.MUNICIPALITY);
        Centre elsewhere =
                withId(new Centre("Rīgas VPVKAC", riga, "Brīvības iela 49", CentreType.REGIONAL, List.of()), 11L);
        StaffAccount otherClerk = staff(24, "ilze", riga, elsewhere, Role.CLERK);
        String client = CaseQueries.normalisedClientCode(CLIENT);
        assertThat(CaseAccess.maySee(caller(otherClerk), c, null)).isFalse();
        assertThat(CaseAccess.maySee(caller(otherClerk), c, CaseQueries.normalisedClientCode("311299-12345")))
                .as("another client")
                .isFalse();
        assertThat(CaseAccess.maySee(caller(otherClerk), c, client))
                .as("its client")
                .isTrue();
        assertThat(CaseAccess.maySee(caller(vidSpecialist), c, client))
                .as("a specialist serves no client")
                .isFalse();
    }

    @Test
    void onlyTheHoldersSpecialistsHandleACase() {
        ServiceCase c = registered();
        assertThat(CaseAccess.mayHandle(caller(laura), c)).isTrue();
        assertThat(CaseAccess.mayHandle(caller(clerk), c))
                .as("the clerk who registered it")
                .isFalse();
        assertThat(CaseAccess.mayHandle(caller(vidSpecialist), c)).isFalse();
    }

    @Test
    void mailOfTheHolderOrOfTheRegisteringCentreIsFiledUnderTheCaseWhateverTheRole() {
        ServiceCase c = registered();
        assertThat(CaseAccess.mayFileMailUnder(caller(laura, Role.SERVICE_MANAGER), c))
                .isTrue();
        assertThat(CaseAccess.mayFileMailUnder(caller(clerk), c)).isTrue();
        assertThat(CaseAccess.mayFileMailUnder(caller(vidSpecialist), c)).isFalse();
    }

    // ----- retention -----

    @Test
    void aClosedCaseIsDueForErasureOnlyAfterItsPeriodAndNotWhileHeld() {
        ServiceCase c = registered();
        assertThat(c.dueForErasure(MONDAY.plusYears(10), 2)).as("open").isFalse();
        c.take(laura, at(laura, MONDAY));
        c.complete("granted", "Piešķirta", List.of(), at(laura, MONDAY));
        assertThat(c.dueForErasure(MONDAY.plusYears(2), 2))
                .as("on the last day of the period")
                .isFalse();
        assertThat(c.dueForErasure(MONDAY.plusYears(2).plusDays(1), 2)).isTrue();

        c.holdForLaw("Tiesvedība lietā A420", at(laura, MONDAY.plusYears(1)));
        assertThat(c.legalHold()).isEqualTo("Tiesvedība lietā A420");
        assertThat(c.dueForErasure(MONDAY.plusYears(5), 2)).as("held").isFalse();
        assertThat(c.actionsFor(laura)).contains(CaseAction.RELEASE_HOLD).doesNotContain(CaseAction.HOLD);
        assertThatThrownBy(() -> c.holdForLaw("Vēlreiz", at(laura, MONDAY.plusYears(1))))
                .hasMessage("case.hold.already");
        assertThatThrownBy(() -> c.holdForLaw("Ne mūsu", at(vidSpecialist, MONDAY.plusYears(1))))
                .isInstanceOf(AccessDenied.class);
        assertThat(problems(() -> registered().holdForLaw(" ", at(laura, MONDAY))))
                .containsExactly("reason:required");

        c.releaseHold(at(laura, MONDAY.plusYears(3)));
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .endsWith(CaseEventType.LEGAL_HOLD, CaseEventType.HOLD_RELEASED);
        assertThat(c.dueForErasure(MONDAY.plusYears(5), 2)).isTrue();
        assertThatThrownBy(() -> c.releaseHold(at(laura, MONDAY.plusYears(3)))).hasMessage("case.hold.none");
    }

    @Test
    void erasureKeepsWhatTheFiguresAreMadeOfAndLosesThePerson() {
        ServiceCase c = registered();
        c.take(laura, at(laura, MONDAY));
        c.complete("granted", "Piešķirta Jānim Bērziņam", List.of(), at(laura, MONDAY));
        Integer handlingDays = c.handlingWorkingDays();
        LocalDate later = MONDAY.plusYears(3);

        c.erasePersonalData(later, 2);

        assertThat(c.erasedOn()).isEqualTo(later);
        assertThat(c.client().kind()).as("the kind stays in the figures").isEqualTo(ClientKind.PERSON);
        assertThat(c.client().code()).isNull();
        assertThat(c.client().name()).isNull();
        assertThat(c.client().email()).isNull();
        assertThat(c.client().formattedCode()).isNull();
        assertThat(c.intake()).isEmpty();
        assertThat(c.documents()).isEmpty();
        assertThat(c.resultNote()).isNull();
        assertThat(c.note()).isNull();
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.resultTypeCode()).isEqualTo("granted");
        assertThat(c.handlingWorkingDays()).isEqualTo(handlingDays);
        assertThat(c.events())
                .extracting(CaseEvent::type)
                .as("every step stays, who took it and when")
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.TAKEN, CaseEventType.COMPLETED);
        assertThat(c.events()).allSatisfy(e -> assertThat(e.reason()).isNull());
        assertThat(c.dueForErasure(later.plusYears(1), 2)).as("erased once").isFalse();
        assertThatThrownBy(() -> c.erasePersonalData(later, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.holdForLaw("Par vēlu", at(laura, later))).hasMessage("case.hold.erased");
        assertThat(c.actionsFor(laura)).doesNotContain(CaseAction.HOLD, CaseAction.RELEASE_HOLD);
    }
}
