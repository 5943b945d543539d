package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.cases.CaseFilter;
import lv.pietura.cases.CaseList;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseSummary;
import lv.pietura.cases.CaseType;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.PublicDirectory;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.i18n.Language;
import lv.pietura.web.security.SignedInUser;
import org.omnifaces.util.Faces;

/**
 * The worklists. A specialist sees the cases their institution handles (unassigned, mine, overdue, by
 * centre...); a clerk the cases registered in their centre. Filters, sorting, paging, and the rows that
 * match exported to a spreadsheet.
 */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    CaseQueries queries;

    @EJB
    PublicDirectory directory;

    @Inject
    SignedInUser user;

    @Inject
    Language language;

    private String listParameter;
    private CaseList list;
    private String text;
    private Long centreId;
    private String serviceCode;
    private CaseState state;
    private CaseType type;
    private LocalDate registeredFrom;
    private LocalDate registeredTo;
    private List<CentreView> centres;

    private final PageModel<CaseSummary> model = new PageModel<>(this::page, CaseSummary::id);

    public void load() {
        list = null;
        if (listParameter != null) {
            try {
                list = CaseList.valueOf(listParameter.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                list = null;
            }
        }
        if (list == null || !getLists().contains(list)) {
            list = getLists().get(0);
        }
    }

    private Page<CaseSummary> page(PageRequest page) {
        CaseFilter filter = filter();
        return isSpecialist() ? queries.worklist(filter, page) : queries.centreCases(filter, page);
    }

    private CaseFilter filter() {
        return new CaseFilter(
                list,
                text,
                isSpecialist() ? centreId : null,
                blankToNull(serviceCode),
                state,
                type,
                registeredFrom,
                registeredTo);
    }

    public void clearFilters() {
        text = null;
        centreId = null;
        serviceCode = null;
        state = null;
        type = null;
        registeredFrom = null;
        registeredTo = null;
    }

    /** Every row that matches (up to {@link CaseQueries#MAX_ROWS}) as an XLSX workbook. */
    public void export() throws IOException {
        byte[] workbook = CaseSpreadsheet.of(queries.export(filter()), language.getLocale());
        Faces.sendFile(
                workbook,
                "pietura-lietas-" + list.name().toLowerCase() + "-" + LocalDate.now(clock.withZone(Clocks.RIGA))
                        + ".xlsx",
                true);
    }

    public boolean isSpecialist() {
        return user.has("SPECIALIST");
    }

    /** The lists the caller has: a specialist's worklists, or a clerk's views of their centre. */
    public List<CaseList> getLists() {
        return isSpecialist()
                ? List.of(
                        CaseList.UNASSIGNED,
                        CaseList.MINE,
                        CaseList.OVERDUE,
                        CaseList.OPEN,
                        CaseList.CLOSED,
                        CaseList.ALL)
                : List.of(CaseList.OPEN, CaseList.OVERDUE, CaseList.CLOSED, CaseList.ALL);
    }

    public List<CentreView> getCentres() {
        if (centres == null) {
            centres = directory.openCentres();
        }
        return centres;
    }

    public CaseState[] getStates() {
        return CaseState.values();
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase();
    }

    public PageModel<CaseSummary> getModel() {
        return model;
    }

    public String getListParameter() {
        return listParameter;
    }

    public void setListParameter(String listParameter) {
        this.listParameter = listParameter;
    }

    public CaseList getList() {
        return list;
    }

    public void setList(CaseList list) {
        this.list = list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public LocalDate getRegisteredFrom() {
        return registeredFrom;
    }

    public void setRegisteredFrom(LocalDate registeredFrom) {
        this.registeredFrom = registeredFrom;
    }

    public LocalDate getRegisteredTo() {
        return registeredTo;
    }

    public void setRegisteredTo(LocalDate registeredTo) {
        this.registeredTo = registeredTo;
    }
}
