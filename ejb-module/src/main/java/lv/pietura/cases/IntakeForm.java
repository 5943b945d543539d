package lv.pietura.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.IntakeField;
import lv.pietura.shared.Checks;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;

/**
 * Checks what a clerk or a portal filled in against a service version's intake form, and gives the
 * values in one stored form: dates as ISO days, numbers with a point, codes as digits. A problem names
 * the field as {@code intake.<code>}.
 */
final class IntakeForm {

    static final int TEXT_MAX = 2000;
    private static final DateTimeFormatter LATVIAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private IntakeForm() {}

    /**
     * @param values         by field code; codes the form does not have are refused
     * @param fileFieldCodes the field code of each attached file that belongs to a file field
     */
    static Map<String, String> check(
            List<IntakeField> form, Map<String, String> values, Collection<String> fileFieldCodes, Checks checks) {
        Map<String, String> clean = new LinkedHashMap<>();
        Set<String> known = form.stream().map(IntakeField::code).collect(Collectors.toSet());
        values.keySet().stream()
                .filter(code -> !known.contains(code))
                .sorted()
                .forEach(code -> checks.fail("intake." + code, "case.intake.unknownField", code));
        fileFieldCodes.stream()
                .filter(code -> code != null && !known.contains(code))
                .distinct()
                .sorted()
                .forEach(code -> checks.fail("intake." + code, "case.intake.unknownField", code));
        for (IntakeField field : form) {
            String key = "intake." + field.code();
            String label = field.label().lv();
            if (field.type() == FieldType.FILE) {
                checks.that(
                        !field.required() || fileFieldCodes.contains(field.code()),
                        key,
                        "case.intake.fileRequired",
                        label);
                continue;
            }
            String value = Checks.clean(values.get(field.code()));
            if (value == null) {
                checks.that(!field.required(), key, "case.intake.required", label);
                continue;
            }
            String stored = normalise(field, value, key, label, checks);
            if (stored != null) {
                clean.put(field.code(), stored);
            }
        }
        return clean;
    }

    private static String normalise(IntakeField field, String value, String key, String label, Checks checks) {
        switch (field.type()) {
            case TEXT -> {
                if (value.length() > TEXT_MAX) {
                    checks.fail(key, "case.intake.tooLong", label, TEXT_MAX);
                    return null;
                }
                return value;
            }
            case NUMBER -> {
                try {
                    BigDecimal number =
                            new BigDecimal(value.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
                    if (number.precision() > 18) {
                        throw new NumberFormatException();
                    }
                    return number.toPlainString();
                } catch (NumberFormatException e) {
                    checks.fail(key, "case.intake.number", label, value);
                    return null;
                }
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date == null) {
                    checks.fail(key, "case.intake.date", label, value);
                    return null;
                }
                return date.toString();
            }
            case CHOICE -> {
                if (!field.choices().contains(value)) {
                    checks.fail(key, "case.intake.choice", label, value);
                    return null;
                }
                return value;
            }
            case PERSONAL_CODE -> {
                if (!PersonalCode.isValid(value)) {
                    checks.of(() -> PersonalCode.of(value, key));
                    return null;
                }
                return PersonalCode.of(value).value();
            }
            case REGISTRATION_NUMBER -> {
                if (!RegistrationNumber.isValid(value)) {
                    checks.of(() -> RegistrationNumber.of(value, key));
                    return null;
                }
                return RegistrationNumber.of(value).value();
            }
            default -> {
                return null;
            }
        }
    }

    /** 27.11.2026 as people write it, or 2026-11-27 as a portal sends it. */
    static LocalDate date(String text) {
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, LATVIAN_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
