package lv.pietura.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import lv.pietura.cases.CaseFilter;
import lv.pietura.cases.CaseList;
import lv.pietura.cases.CaseQueries;
import lv.pietura.organisation.AgreementFilter;
import lv.pietura.organisation.AgreementStatus;
import lv.pietura.organisation.CentreAdministration;
import lv.pietura.organisation.CentreFilter;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionFilter;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.organisation.StaffStatus;
import lv.pietura.shared.PageRequest;

/**
 * The home page after signing in: the caller's place of work for everyone, and for administrators
 * what needs their attention. Each figure is read only when the role's panel is shown.
 */
@Named
@RequestScoped
public class HomePage {

    private static final PageRequest COUNT_ONLY = PageRequest.of(0, 1);

    @EJB
    InstitutionAdministration institutions;

    @EJB
    CentreAdministration centres;

    @EJB
    StaffAdministration staff;

    @EJB
    CaseQueries cases;

    /** Each figure is asked for more than once while the page renders; it is counted once. */
    private final Map<String, Long> figures = new HashMap<>();

    private long figure(String name, LongSupplier count) {
        return figures.computeIfAbsent(name, n -> count.getAsLong());
    }

    public long getInstitutionCount() {
        return figure(
                "institutions",
                () -> institutions.find(InstitutionFilter.none(), COUNT_ONLY).total());
    }

    public long getInstitutionsWithoutAgreement() {
        return figure("withoutAgreement", institutions::countWithoutValidAgreement);
    }

    public long getExpiringAgreements() {
        return figure(
                "expiring",
                () -> institutions
                        .agreements(new AgreementFilter(null, AgreementStatus.EXPIRING), COUNT_ONLY)
                        .total());
    }

    public long getOpenCentres() {
        return figure(
                "openCentres",
                () -> centres.find(new CentreFilter(null, null, null, true), COUNT_ONLY)
                        .total());
    }

    public long getActiveStaff() {
        return figure("active", () -> staff.count(StaffStatus.ACTIVE));
    }

    public long getLockedStaff() {
        return figure("locked", () -> staff.count(StaffStatus.LOCKED));
    }

    public long getInactiveStaff() {
        return figure("inactive", () -> staff.count(StaffStatus.INACTIVE));
    }

    public List<CaseList> getSpecialistLists() {
        return List.of(CaseList.UNASSIGNED, CaseList.MINE, CaseList.OVERDUE);
    }

    public List<CaseList> getClerkLists() {
        return List.of(CaseList.OPEN, CaseList.OVERDUE);
    }

    /** How many cases a worklist (a specialist's) or a list of the centre (a clerk's) holds. */
    public long cases(CaseList list) {
        return figure(
                "cases-" + list,
                () -> org.omnifaces.util.Faces.isUserInRole("SPECIALIST")
                        ? cases.worklist(CaseFilter.of(list), COUNT_ONLY).total()
                        : cases.centreCases(CaseFilter.of(list), COUNT_ONLY).total());
    }

    private CentreView centre;

    /** The centre the caller works in, or {@code null}. */
    public CentreView centre(Long centreId) {
        if (centreId != null && (centre == null || centre.id() != centreId)) {
            centre = centres.get(centreId);
        }
        return centreId == null ? null : centre;
    }
}
