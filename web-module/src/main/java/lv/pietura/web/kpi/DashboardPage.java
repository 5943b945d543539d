package lv.pietura.web.kpi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import lv.pietura.cases.CaseType;
import lv.pietura.catalogue.Channel;
import lv.pietura.kpi.Dashboards;
import lv.pietura.kpi.KpiFilter;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.Clocks;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.i18n.Language;
import lv.pietura.web.i18n.Texts;

/**
 * The indicators dashboard: a period and filters, the totals, and charts of the trend, the channel mix,
 * the top services and satisfaction, each with its data in a table that exports to XLSX and CSV.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Dashboards dashboards;

    @Inject
    Language language;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long institutionId;
    private Long centreId;
    private Long serviceId;
    private List<Choice> centres;
    private List<Choice> services;
    private Channel channel;
    private CaseType type;
    private Dashboards.Dashboard dashboard;
    private List<Choice> institutions;

    public void load() {
        if (dashboard == null) {
            LocalDate yesterday = LocalDate.now(clock.withZone(Clocks.RIGA)).minusDays(1);
            to = yesterday;
            from = yesterday.minusYears(1).plusDays(1);
            show();
        }
    }

    @FormAction
    public void show() {
        dashboard = dashboards.dashboard(new KpiFilter(from, to, institutionId, centreId, serviceId, channel, type));
    }

    public String getTrendChart() {
        return chart(
                "line",
                dashboard.months().stream().map(Dashboards.Line::key).toList(),
                dataset(Texts.page("kpi.received"), dashboard.months(), Dashboards.Line::received),
                dataset(Texts.page("kpi.consultations"), dashboard.months(), Dashboards.Line::consultations),
                dataset(Texts.page("kpi.applications"), dashboard.months(), Dashboards.Line::applications),
                dataset(Texts.page("kpi.completed"), dashboard.months(), Dashboards.Line::completed));
    }

    /** Consultations and applications received in the period: a chart of the split. */
    public String getTypeChart() {
        Dashboards.Totals t = dashboard.totals();
        return chart(
                "doughnut",
                List.of(Texts.page("kpi.consultations"), Texts.page("kpi.applications")),
                Json.createObjectBuilder()
                        .add("label", Texts.page("kpi.received"))
                        .add(
                                "data",
                                Json.createArrayBuilder().add(t.consultations()).add(t.applications())));
    }

    public String getChannelChart() {
        return chart(
                "doughnut",
                dashboard.channels().stream()
                        .map(l -> Texts.page("channel." + l.key()))
                        .toList(),
                dataset(Texts.page("kpi.received"), dashboard.channels(), Dashboards.Line::received));
    }

    public String getServiceChart() {
        Locale locale = language.getLocale();
        return chart(
                "bar",
                dashboard.services().stream().map(l -> l.label().in(locale)).toList(),
                dataset(Texts.page("kpi.received"), dashboard.services(), Dashboards.Line::received),
                dataset(Texts.page("kpi.completed"), dashboard.services(), Dashboards.Line::completed));
    }

    /** The rating chart's figures as a table beside it: how many clients gave each rating, 1 to 5. */
    public List<RatingCount> getRatingCounts() {
        List<Long> counts = dashboard.totals().ratings();
        return IntStream.range(0, counts.size())
                .mapToObj(i -> new RatingCount(i + 1, counts.get(i)))
                .toList();
    }

    public record RatingCount(int rating, long clients) implements Serializable {}

    public String getRatingChart() {
        JsonArrayBuilder counts = Json.createArrayBuilder();
        dashboard.totals().ratings().forEach(counts::add);
        return chart(
                "bar",
                List.of("1", "2", "3", "4", "5"),
                Json.createObjectBuilder()
                        .add("label", Texts.page("kpi.ratings"))
                        .add("data", counts));
    }

    private static JsonObjectBuilder dataset(
            String label, List<Dashboards.Line> lines, ToLongFunction<Dashboards.Line> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        lines.forEach(l -> data.add(value.applyAsLong(l)));
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    /** A Chart.js configuration, built as JSON so that names with quotes or markup stay text. */
    private static String chart(String type, List<String> labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("aspectRatio", 2)
                                .add("animation", false))
                .build()
                .toString();
    }

    public boolean isEverything() {
        return dashboard != null && dashboard.scope().reach() == TenantScope.Reach.EVERYTHING;
    }

    public List<Choice> getInstitutions() {
        if (institutions == null) {
            institutions = dashboards.institutions();
        }
        return institutions;
    }

    public List<Choice> getCentres() {
        if (centres == null) {
            centres = dashboards.centres();
        }
        return centres;
    }

    public List<Choice> getServices() {
        if (services == null) {
            services = dashboards.services();
        }
        return services;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public boolean isCentreScope() {
        return dashboard != null && dashboard.scope().reach() == TenantScope.Reach.CENTRE;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Dashboards.Dashboard getDashboard() {
        return dashboard;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    /** Before a table is exported: the export is audited. */
    public void exporting(String table, String format) {
        dashboards.exported(table, format);
    }
}
