package lv.pietura.web.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.web.faces.TextInput;

/** The catalogue card as the editor holds it while the manager types: every list as editable rows. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static class LegalActRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String article;
        private String url;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private TextInput name = new TextInput();
        private String templateFile;
        private String templateName;

        public TextInput getName() {

            return name;
        }

        public String getTemplateFile() {
            return templateFile;
        }

        public String getTemplateName() {
            return templateName;
        }

        void attach(String fileId, String name) {
            this.templateFile = fileId;
            this.templateName = name;
        }
    }

    public static class FeeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private TextInput description = new TextInput();
        private BigDecimal amount;
        private String legalBasis;

        public TextInput getDescription() {

            return description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }
    }

    public static class ResultRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private TextInput name = new TextInput();
        private boolean sentToEAddress = true;

        public TextInput getName() {

            return name;
        }

        public boolean isSentToEAddress() {
            return sentToEAddress;
        }

        public void setSentToEAddress(boolean sentToEAddress) {
            this.sentToEAddress = sentToEAddress;
        }
    }

    public static class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private TextInput label = new TextInput();
        private FieldType type = FieldType.TEXT;
        private boolean required;
        private TextInput help = new TextInput();
        private String choices;

        public TextInput getLabel() {

            return label;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public TextInput getHelp() {

            return help;
        }
        /** Options of a choice list, one per line. */
        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isChoice() {
            return type == FieldType.CHOICE;
        }
    }

    private TextInput name = new TextInput();
    private TextInput description = new TextInput();
    private TextInput function = new TextInput();
    private Recipients recipients = Recipients.BOTH;
    private TextInput territory = new TextInput();
    private final List<LegalActRow> legalActs = new ArrayList<>();
    private final List<TextInput> steps = new ArrayList<>();
    private final List<DocumentRow> documents = new ArrayList<>();
    private final List<FeeRow> fees = new ArrayList<>();
    private Channel[] requestChannels = new Channel[0];
    private Channel[] resultChannels = new Channel[0];
    private String eServiceUrl;
    private Integer deadlineDays;
    private DeadlineKind deadlineKind = DeadlineKind.WORKING_DAYS;
    private Integer normDays;
    private boolean suspensionAllowed;
    private boolean feeBeforeResult;
    private boolean extensionAllowed;
    private Integer maxExtensionDays;
    private final List<ResultRow> resultTypes = new ArrayList<>();
    private final List<FieldRow> intakeForm = new ArrayList<>();
    private List<String> relatedServiceCodes = new ArrayList<>();
    private TextInput notice = new TextInput();

    static ServiceForm of(ServiceContent c) {
        ServiceForm f = new ServiceForm();
        f.name = TextInput.of(c.nameLv(), c.nameEn());
        f.description = TextInput.of(c.descriptionLv(), c.descriptionEn());
        f.function = TextInput.of(c.functionLv(), c.functionEn());
        f.recipients = c.recipients();
        f.territory = TextInput.of(c.territoryLv(), c.territoryEn());
        for (ServiceContent.LegalActData a : c.legalActs()) {
            LegalActRow row = new LegalActRow();
            row.title = a.title();
            row.article = a.article();
            row.url = a.url();
            f.legalActs.add(row);
        }
        for (ServiceContent.TextData s : c.steps()) {
            f.steps.add(TextInput.of(s.lv(), s.en()));
        }
        for (ServiceContent.DocumentData d : c.documents()) {
            DocumentRow row = new DocumentRow();
            row.name = TextInput.of(d.nameLv(), d.nameEn());
            row.attach(d.templateFile(), d.templateName());
            f.documents.add(row);
        }
        for (ServiceContent.FeeData fee : c.fees()) {
            FeeRow row = new FeeRow();
            row.description = TextInput.of(fee.descriptionLv(), fee.descriptionEn());
            row.amount = fee.amount();
            row.legalBasis = fee.legalBasis();
            f.fees.add(row);
        }
        f.requestChannels = sorted(c.requestChannels());
        f.resultChannels = sorted(c.resultChannels());
        f.eServiceUrl = c.eServiceUrl();
        f.deadlineDays = c.deadlineDays();
        f.deadlineKind = c.deadlineKind();
        f.normDays = c.normDays();
        f.suspensionAllowed = c.suspensionAllowed();
        f.feeBeforeResult = Boolean.TRUE.equals(c.feeBeforeResult());
        f.extensionAllowed = c.extensionAllowed();
        f.maxExtensionDays = c.maxExtensionDays();
        for (ServiceContent.ResultTypeData r : c.resultTypes()) {
            ResultRow row = new ResultRow();
            row.code = r.code();
            row.name = TextInput.of(r.nameLv(), r.nameEn());
            row.sentToEAddress = r.sentToEAddress();
            f.resultTypes.add(row);
        }
        for (ServiceContent.FieldData field : c.intakeForm()) {
            FieldRow row = new FieldRow();
            row.code = field.code();
            row.label = TextInput.of(field.labelLv(), field.labelEn());
            row.type = field.type();
            row.required = field.required();
            row.help = TextInput.of(field.helpLv(), field.helpEn());
            row.choices =
                    field.choices() == null || field.choices().isEmpty() ? null : String.join("\n", field.choices());
            f.intakeForm.add(row);
        }
        f.relatedServiceCodes = new ArrayList<>(c.relatedServiceCodes());
        f.notice = TextInput.of(c.noticeLv(), c.noticeEn());
        return f;
    }

    ServiceContent content() {
        return new ServiceContent(
                name.getLv(),
                name.getEn(),
                description.getLv(),
                description.getEn(),
                function.getLv(),
                function.getEn(),
                recipients,
                territory.getLv(),
                territory.getEn(),
                legalActs.stream()
                        .map(a -> new ServiceContent.LegalActData(a.title, a.article, a.url))
                        .toList(),
                steps.stream()
                        .map(s -> new ServiceContent.TextData(s.getLv(), s.getEn()))
                        .toList(),
                documents.stream()
                        .map(d -> new ServiceContent.DocumentData(
                                d.name.getLv(), d.name.getEn(), d.templateFile, d.templateName))
                        .toList(),
                fees.stream()
                        .map(fee -> new ServiceContent.FeeData(
                                fee.description.getLv(), fee.description.getEn(), fee.amount, fee.legalBasis))
                        .toList(),
                asSet(requestChannels),
                asSet(resultChannels),
                eServiceUrl,
                deadlineDays,
                deadlineKind,
                normDays,
                suspensionAllowed,
                extensionAllowed,
                maxExtensionDays,
                resultTypes.stream()
                        .map(r -> new ServiceContent.ResultTypeData(
                                r.code, r.name.getLv(), r.name.getEn(), r.sentToEAddress))
                        .toList(),
                intakeForm.stream()
                        .map(f -> new ServiceContent.FieldData(
                                f.code,
                                f.label.getLv(),
                                f.label.getEn(),
                                f.type,
                                f.required,
                                f.help.getLv(),
                                f.help.getEn(),
                                f.choices == null
                                        ? List.of()
                                        : Arrays.stream(f.choices.split("\\R"))
                                                .filter(s -> !s.isBlank())
                                                .toList()))
                        .toList(),
                relatedServiceCodes,
                notice.getLv(),
                notice.getEn(),
                feeBeforeResult);
    }

    private static Channel[] sorted(Set<Channel> channels) {
        return EnumSet.copyOf(channels.isEmpty() ? EnumSet.noneOf(Channel.class) : channels)
                .toArray(new Channel[0]);
    }

    private static Set<Channel> asSet(Channel[] channels) {
        return channels == null ? Set.of() : Set.of(channels);
    }

    // Rows: add, remove and move, the same for every list of the card.

    public void addLegalAct() {
        legalActs.add(new LegalActRow());
    }

    public void addStep() {
        steps.add(new TextInput());
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void addFee() {
        fees.add(new FeeRow());
    }

    public void addResultType() {
        resultTypes.add(new ResultRow());
    }

    public void addField() {
        intakeForm.add(new FieldRow());
    }

    public void remove(List<?> rows, Object row) {
        rows.remove(row);
    }

    public <T> void up(List<T> rows, T row) {
        int index = rows.indexOf(row);
        if (index > 0) {
            Collections.swap(rows, index, index - 1);
        }
    }

    public <T> void down(List<T> rows, T row) {
        int index = rows.indexOf(row);
        if (index >= 0 && index < rows.size() - 1) {
            Collections.swap(rows, index, index + 1);
        }
    }

    public TextInput getName() {

        return name;
    }

    public TextInput getDescription() {

        return description;
    }

    public TextInput getFunction() {

        return function;
    }

    public Recipients getRecipients() {
        return recipients;
    }

    public void setRecipients(Recipients recipients) {
        this.recipients = recipients;
    }

    public TextInput getTerritory() {

        return territory;
    }

    public List<LegalActRow> getLegalActs() {
        return legalActs;
    }

    public List<TextInput> getSteps() {
        return steps;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public Channel[] getRequestChannels() {
        return requestChannels;
    }

    public void setRequestChannels(Channel[] requestChannels) {
        this.requestChannels = requestChannels;
    }

    public Channel[] getResultChannels() {
        return resultChannels;
    }

    public void setResultChannels(Channel[] resultChannels) {
        this.resultChannels = resultChannels;
    }

    public String getEServiceUrl() {
        return eServiceUrl;
    }

    public void setEServiceUrl(String eServiceUrl) {
        this.eServiceUrl = eServiceUrl;
    }

    public Integer getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(Integer deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public void setDeadlineKind(DeadlineKind deadlineKind) {
        this.deadlineKind = deadlineKind;
    }

    public Integer getNormDays() {
        return normDays;
    }

    public void setNormDays(Integer normDays) {
        this.normDays = normDays;
    }

    public boolean isSuspensionAllowed() {
        return suspensionAllowed;
    }

    public void setSuspensionAllowed(boolean suspensionAllowed) {
        this.suspensionAllowed = suspensionAllowed;
    }

    public boolean isFeeBeforeResult() {
        return feeBeforeResult;
    }

    public void setFeeBeforeResult(boolean feeBeforeResult) {
        this.feeBeforeResult = feeBeforeResult;
    }

    public boolean isExtensionAllowed() {
        return extensionAllowed;
    }

    public void setExtensionAllowed(boolean extensionAllowed) {
        this.extensionAllowed = extensionAllowed;
    }

    public Integer getMaxExtensionDays() {
        return maxExtensionDays;
    }

    public void setMaxExtensionDays(Integer maxExtensionDays) {
        this.maxExtensionDays = maxExtensionDays;
    }

    public List<ResultRow> getResultTypes() {
        return resultTypes;
    }

    public List<FieldRow> getIntakeForm() {
        return intakeForm;
    }

    public List<String> getRelatedServiceCodes() {
        return relatedServiceCodes;
    }

    public void setRelatedServiceCodes(List<String> codes) {
        this.relatedServiceCodes = codes == null ? new ArrayList<>() : codes;
    }

    public TextInput getNotice() {

        return notice;
    }
}
