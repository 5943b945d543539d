package lv.pietura.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.shared.PageRequest;

/**
 * What anyone may know without signing in: which institutions serve clients through the system today
 * and where the centres are and when they are open. {@code @PermitAll} on purpose: these are public
 * facts, and nothing here names a person.
 */
@Stateless
@PermitAll
public class PublicDirectory {

    @Inject
    InstitutionRepository institutions;

    @Inject
    CentreRepository centres;

    @Inject
    Clock clock;

    public List<InstitutionView> institutionsInService() {
        LocalDate today = LocalDate.now(clock);
        return institutions.all().stream()
                .filter(i -> i.mayUseSystemOn(today))
                .map(i -> InstitutionView.of(i, today))
                .map(InstitutionView::withoutAgreements)
                .toList();
    }

    public List<CentreView> openCentres() {
        return centres
                .page(new CentreFilter(null, null, null, true), PageRequest.of(0, PageRequest.MAX_SIZE))
                .rows()
                .stream()
                .map(CentreView::of)
                .toList();
    }
}
