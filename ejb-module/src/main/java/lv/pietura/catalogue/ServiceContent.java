package lv.pietura.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything a service manager describes about a service, as entered (on the editor, or in an
 * imported file). {@link ServiceVersion} checks it and keeps it.
 */
public record ServiceContent(
        String nameLv,
        String nameEn,
        String descriptionLv,
        String descriptionEn,
        String functionLv,
        String functionEn,
        Recipients recipients,
        String territoryLv,
        String territoryEn,
        List<LegalActData> legalActs,
        List<TextData> steps,
        List<DocumentData> documents,
        List<FeeData> fees,
        Set<Channel> requestChannels,
        Set<Channel> resultChannels,
        String eServiceUrl,
        Integer deadlineDays,
        DeadlineKind deadlineKind,
        Integer normDays,
        boolean suspensionAllowed,
        boolean extensionAllowed,
        Integer maxExtensionDays,
        List<ResultTypeData> resultTypes,
        List<FieldData> intakeForm,
        List<String> relatedServiceCodes,
        String noticeLv,
        String noticeEn,
        Boolean feeBeforeResult)
        implements Serializable {

    /** The same content, with the fees to be paid (or exempted) before the case's result, or not. */
    public ServiceContent withFeeBeforeResult(boolean before) {
        return with(relatedServiceCodes, before);
    }

    /** The same content, related to the services of these codes. */
    public ServiceContent withRelatedServiceCodes(List<String> codes) {
        return with(codes, feeBeforeResult);
    }

    private ServiceContent with(List<String> codes, Boolean before) {
        return new ServiceContent(
                nameLv,
                nameEn,
                descriptionLv,
                descriptionEn,
                functionLv,
                functionEn,
                recipients,
                territoryLv,
                territoryEn,
                legalActs,
                steps,
                documents,
                fees,
                requestChannels,
                resultChannels,
                eServiceUrl,
                deadlineDays,
                deadlineKind,
                normDays,
                suspensionAllowed,
                extensionAllowed,
                maxExtensionDays,
                resultTypes,
                intakeForm,
                codes,
                noticeLv,
                noticeEn,
                before);
    }

    public record LegalActData(String title, String article, String url) implements Serializable {}

    public record TextData(String lv, String en) implements Serializable {}

    /** A required document; {@code templateFile}: the handle of its form template (uploaded before), or none. */
    public record DocumentData(String nameLv, String nameEn, String templateFile, String templateName)
            implements Serializable {}

    public record FeeData(String descriptionLv, String descriptionEn, BigDecimal amount, String legalBasis)
            implements Serializable {}

    public record ResultTypeData(String code, String nameLv, String nameEn, boolean sentToEAddress)
            implements Serializable {}

    public record FieldData(
            String code,
            String labelLv,
            String labelEn,
            FieldType type,
            boolean required,
            String helpLv,
            String helpEn,
            List<String> choices)
            implements Serializable {}

    public ServiceContent {
        legalActs = legalActs == null ? List.of() : List.copyOf(legalActs);
        steps = steps == null ? List.of() : List.copyOf(steps);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        requestChannels = requestChannels == null ? Set.of() : Set.copyOf(requestChannels);
        resultChannels = resultChannels == null ? Set.of() : Set.copyOf(resultChannels);
        resultTypes = resultTypes == null ? List.of() : List.copyOf(resultTypes);
        intakeForm = intakeForm == null ? List.of() : List.copyOf(intakeForm);
        relatedServiceCodes = relatedServiceCodes == null ? List.of() : List.copyOf(relatedServiceCodes);
        // left out (an imported file written before it existed): the fees need not be paid before the result
        feeBeforeResult = Boolean.TRUE.equals(feeBeforeResult);
    }

    /** A first draft: only a name. */
    public static ServiceContent named(String nameLv, String nameEn) {
        return new ServiceContent(
                nameLv,
                nameEn,
                null,
                null,
                null,
                null,
                Recipients.BOTH,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                DeadlineKind.WORKING_DAYS,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }
}
