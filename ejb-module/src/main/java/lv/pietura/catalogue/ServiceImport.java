package lv.pietura.catalogue;

import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.RowReport;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.TextFiles;

/**
 * Creates an institution's services from a file, as drafts for the managers to check and publish. JSON
 * (an array of services, each with every field of the catalogue card) or CSV (one service a row, the
 * common fields). Each service is created in a transaction of its own through
 * {@link ServiceManagement#create}: a refused row writes nothing, the others are kept.
 */
@Stateless
@RolesAllowed(SERVICE_MANAGER)
public class ServiceImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SERVICES = 500;

    /** The sample CSV offered for download on the import screen. */
    public static final String SAMPLE_CSV = """
            code;name_lv;name_en;description_lv;function_lv;recipients;territory_lv;legal_act_title;legal_act_article;legal_act_url;request_channels;result_channels;e_service_url;deadline_days;deadline_kind;norm_days;fee_description;fee_amount;result_types
            VSAA-KOPSANA;Bērna kopšanas pabalsta piešķiršana;Child care benefit;Pabalstu piešķir vienam no vecākiem, kas kopj bērnu līdz pusotra gada vecumam.;Sociālās apdrošināšanas pakalpojumi;PERSONS;Visa Latvija;Likums "Par maternitātes un slimības apdrošināšanu";10. pants;https://likumi.lv/ta/id/38052;IN_PERSON E_SERVICE;E_ADDRESS;https://www.latvija.lv/;10;WORKING_DAYS;5;;;Piešķirts|Atteikts
            """;

    private enum Column {
        CODE,
        NAME_LV,
        NAME_EN,
        DESCRIPTION_LV,
        DESCRIPTION_EN,
        FUNCTION_LV,
        RECIPIENTS,
        TERRITORY_LV,
        LEGAL_ACT_TITLE,
        LEGAL_ACT_ARTICLE,
        LEGAL_ACT_URL,
        REQUEST_CHANNELS,
        RESULT_CHANNELS,
        E_SERVICE_URL,
        DEADLINE_DAYS,
        DEADLINE_KIND,
        NORM_DAYS,
        FEE_DESCRIPTION,
        FEE_AMOUNT,
        RESULT_TYPES
    }

    @EJB
    ServiceManagement management;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RowReport importServices(String fileName, byte[] content) {
        Caller caller = callers.current();
        String text = TextFiles.utf8Text(content, MAX_BYTES);
        String start = text.stripLeading();
        List<RowReport.Row> rows = start.startsWith("[") || start.startsWith("{") ? fromJson(text) : fromCsv(text);
        RowReport report = new RowReport(rows);
        audit.recordInOwnTransaction(
                caller.actor(),
                AuditAction.IMPORT,
                ServiceManagement.ENTITY,
                null,
                caller.institutionId(),
                "file=" + fileName + "; rows=" + rows.size() + "; created=" + report.createdCount() + "; rejected="
                        + report.rejectedCount());
        return report;
    }

    private List<RowReport.Row> fromJson(String text) {
        JsonArray services;
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            services = value.getValueType() == JsonValue.ValueType.ARRAY
                    ? value.asJsonArray()
                    : Json.createArrayBuilder().add(value).build();
        } catch (JsonException e) {
            throw new RuleViolation("import.json.malformed", e.getMessage() == null ? "" : e.getMessage());
        }
        if (services.size() > MAX_SERVICES) {
            throw new RuleViolation("import.file.tooManyRows", MAX_SERVICES);
        }
        List<RowReport.Row> rows = new ArrayList<>();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (int i = 0; i < services.size(); i++) {
                long item = i + 1L;
                if (services.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    rows.add(refused(item, null, "import.json.notAnObject"));
                    continue;
                }
                JsonObject service = services.getJsonObject(i);
                String code =
                        service.containsKey("code") && service.get("code").getValueType() == JsonValue.ValueType.STRING
                                ? service.getString("code")
                                : null;
                ServiceContent content;
                try {
                    content = jsonb.fromJson(service.toString(), ServiceContent.class);
                } catch (JsonbException e) {
                    rows.add(refused(item, code, "import.json.rowMalformed"));
                    continue;
                }
                rows.add(create(item, code, withDefaults(content)));
            }
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private List<RowReport.Row> fromCsv(String text) {
        List<TextFiles.CsvRow> records = TextFiles.csvRows(text);
        if (records.isEmpty()) {
            throw new RuleViolation("import.file.noHeader");
        }
        Map<Column, Integer> columns = header(records.get(0));
        if (records.size() - 1 > MAX_SERVICES) {
            throw new RuleViolation("import.file.tooManyRows", MAX_SERVICES);
        }
        List<RowReport.Row> rows = new ArrayList<>();
        for (TextFiles.CsvRow row : records.subList(1, records.size())) {
            if (row.isBlank()) {
                continue;
            }
            Map<Column, String> cells = new HashMap<>();
            columns.forEach((column, index) ->
                    cells.put(column, index < row.record().size() ? row.record().get(index) : ""));
            String code = cells.get(Column.CODE);
            List<RuleViolation.Problem> problems = new ArrayList<>();
            ServiceContent content = fromCells(cells, problems);
            rows.add(
                    problems.isEmpty()
                            ? create(row.line(), code, content)
                            : new RowReport.Row(row.line(), code, false, problems));
        }
        return rows;
    }

    private static Map<Column, Integer> header(TextFiles.CsvRow header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.record().size(); i++) {
            String name = header.record()
                    .get(i)
                    .strip()
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_')
                    .replace(' ', '_');
            for (Column column : Column.values()) {
                if (column.name().equals(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        if (!columns.containsKey(Column.CODE) || !columns.containsKey(Column.NAME_LV)) {
            throw new RuleViolation("import.file.missingColumns", "code, name_lv");
        }
        return columns;
    }

    private static ServiceContent fromCells(Map<Column, String> cells, List<RuleViolation.Problem> problems) {
        String title = blankToNull(cells.get(Column.LEGAL_ACT_TITLE));
        String fee = blankToNull(cells.get(Column.FEE_DESCRIPTION));
        List<ServiceContent.ResultTypeData> results = new ArrayList<>();
        String resultTypes = blankToNull(cells.get(Column.RESULT_TYPES));
        if (resultTypes != null) {
            for (String name : resultTypes.split("\\|")) {
                if (!name.isBlank()) {
                    results.add(new ServiceContent.ResultTypeData(null, name.strip(), null, true));
                }
            }
        }
        return new ServiceContent(
                cells.get(Column.NAME_LV),
                blankToNull(cells.get(Column.NAME_EN)),
                blankToNull(cells.get(Column.DESCRIPTION_LV)),
                blankToNull(cells.get(Column.DESCRIPTION_EN)),
                blankToNull(cells.get(Column.FUNCTION_LV)),
                null,
                enumOf(Recipients.class, cells.get(Column.RECIPIENTS), Recipients.BOTH, "recipients", problems),
                blankToNull(cells.get(Column.TERRITORY_LV)),
                null,
                title == null
                        ? List.of()
                        : List.of(new ServiceContent.LegalActData(
                                title,
                                blankToNull(cells.get(Column.LEGAL_ACT_ARTICLE)),
                                blankToNull(cells.get(Column.LEGAL_ACT_URL)))),
                List.of(),
                List.of(),
                fee == null
                        ? List.of()
                        : List.of(new ServiceContent.FeeData(
                                fee, null, amount(cells.get(Column.FEE_AMOUNT), problems), null)),
                channels(cells.get(Column.REQUEST_CHANNELS), "requestChannels", problems),
                channels(cells.get(Column.RESULT_CHANNELS), "resultChannels", problems),
                blankToNull(cells.get(Column.E_SERVICE_URL)),
                number(cells.get(Column.DEADLINE_DAYS), "deadlineDays", problems),
                enumOf(
                        DeadlineKind.class,
                        cells.get(Column.DEADLINE_KIND),
                        DeadlineKind.WORKING_DAYS,
                        "deadlineKind",
                        problems),
                number(cells.get(Column.NORM_DAYS), "normDays", problems),
                false,
                false,
                null,
                results,
                List.of(),
                List.of(),
                null,
                null,
                false);
    }

    private RowReport.Row create(long line, String code, ServiceContent content) {
        try {
            management.create(code, content);
            return new RowReport.Row(line, code, true, List.of());
        } catch (RuleViolation violation) {
            return new RowReport.Row(line, code, false, violation.problems());
        } catch (PieturaException refused) {
            return refused(line, code, refused.messageKey());
        }
    }

    private static RowReport.Row refused(long line, String code, String key) {
        return new RowReport.Row(line, code, false, List.of(new RuleViolation.Problem(null, key, List.of())));
    }

    /** JSON may leave out what has a sensible default. */
    private static ServiceContent withDefaults(ServiceContent c) {
        return new ServiceContent(
                c.nameLv(),
                c.nameEn(),
                c.descriptionLv(),
                c.descriptionEn(),
                c.functionLv(),
                c.functionEn(),
                c.recipients() == null ? Recipients.BOTH : c.recipients(),
                c.territoryLv(),
                c.territoryEn(),
                c.legalActs(),
                c.steps(),
                c.documents(),
                c.fees(),
                c.requestChannels(),
                c.resultChannels(),
                c.eServiceUrl(),
                c.deadlineDays(),
                c.deadlineKind() == null ? DeadlineKind.WORKING_DAYS : c.deadlineKind(),
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E enumOf(
            Class<E> type, String text, E fallback, String field, List<RuleViolation.Problem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleViolation.Problem(field, "import.row.unknownValue", List.of(value)));
            return fallback;
        }
    }

    private static Set<Channel> channels(String text, String field, List<RuleViolation.Problem> problems) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        String value = blankToNull(text);
        if (value != null) {
            for (String code : value.split("[\\s|,]+")) {
                Channel channel = enumOf(Channel.class, code, null, field, problems);
                if (channel != null) {
                    channels.add(channel);
                }
            }
        }
        return channels;
    }

    private static Integer number(String text, String field, List<RuleViolation.Problem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation.Problem(field, "import.row.notANumber", List.of(value)));
            return null;
        }
    }

    private static BigDecimal amount(String text, List<RuleViolation.Problem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation.Problem("fees", "import.row.notANumber", List.of(value)));
            return BigDecimal.ZERO;
        }
    }
}
