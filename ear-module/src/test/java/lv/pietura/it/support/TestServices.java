package lv.pietura.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceContent;

/** Catalogue cards for tests that need a published service to register cases for. */
public final class TestServices {

    private TestServices() {}

    /**
     * A service for persons, requested in person, as an e-service or through the e-address, deadline in working days, norm 1 day,
     * suspension and extension (up to 10 days) allowed, result "granted" sent to the e-address, and an
     * intake form with a required text field {@code iban} and an optional date {@code from}.
     */
    public static ServiceContent withIntakeForm(String name, int deadline) {
        return withIntakeForm(name, deadline, List.of());
    }

    /** The same, with these fee items. */
    public static ServiceContent withIntakeForm(String name, int deadline, List<ServiceContent.FeeData> fees) {
        return withIntakeForm(name, deadline, fees, Set.of(Channel.IN_PERSON, Channel.E_SERVICE, Channel.E_ADDRESS));
    }

    /** The same service, requested only in person or through the e-address: no e-service. */
    public static ServiceContent withoutEService(String name, int deadline) {
        return withIntakeForm(name, deadline, List.of(), Set.of(Channel.IN_PERSON, Channel.E_ADDRESS));
    }

    private static ServiceContent withIntakeForm(
            String name, int deadline, List<ServiceContent.FeeData> fees, Set<Channel> requestedBy) {
        return new ServiceContent(
                name,
                null,
                "Apraksts",
                null,
                "Funkcija",
                null,
                Recipients.PERSONS,
                "Visa Latvija",
                null,
                List.of(new ServiceContent.LegalActData("Likums", "1. pants", "https://likumi.lv/ta/id/1")),
                List.of(new ServiceContent.TextData("Iesniedz iesniegumu", null)),
                List.of(),
                fees,
                requestedBy,
                Set.of(Channel.E_ADDRESS),
                "https://www.latvija.lv/",
                deadline,
                DeadlineKind.WORKING_DAYS,
                1,
                true,
                true,
                10,
                List.of(new ServiceContent.ResultTypeData("granted", "Piešķirts", "Granted", true)),
                List.of(
                        new ServiceContent.FieldData(
                                "iban", "Bankas konts", null, FieldType.TEXT, true, null, null, null),
                        new ServiceContent.FieldData(
                                "from", "Sākot no", null, FieldType.DATE, false, null, null, null)),
                List.of(),
                null,
                null,
                false);
    }

    /** An intake form filled in as its card asks: dates, an IBAN for text, the first option of a choice; no files. */
    public static Map<String, String> filledIntake(ServiceCard card) {
        Map<String, String> intake = new HashMap<>();
        for (ServiceCard.FieldView field : card.intakeForm()) {
            switch (field.type()) {
                case DATE -> intake.put(field.code(), "01.03.2027");
                case TEXT -> intake.put(field.code(), "LV80BANK0000435195001");
                case CHOICE -> intake.put(field.code(), field.choices().get(0));
                default -> {
                    // files: none needed
                }
            }
        }
        return intake;
    }
}
