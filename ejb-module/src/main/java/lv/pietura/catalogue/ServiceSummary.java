package lv.pietura.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;
import lv.pietura.shared.Money;

/** A row of a service list. */
public record ServiceSummary(
        long id,
        String code,
        LocalizedName name,
        LocalizedText description,
        long holderId,
        LocalizedName holderName,
        ServiceStatus status,
        int versionNumber,
        LocalDate validFrom,
        boolean hasDraft,
        boolean inBasket,
        Set<Channel> requestChannels,
        Money totalFee)
        implements Serializable {

    static ServiceSummary of(Service service, ServiceVersion shown, LocalDate today) {
        return new ServiceSummary(
                service.id(),
                service.code(),
                shown.name(),
                shown.description(),
                service.holder().id(),
                service.holder().name(),
                service.statusOn(today),
                shown.number(),
                shown.validFrom(),
                service.draft().isPresent(),
                service.inMinimumBasket(),
                Set.copyOf(shown.requestChannels()),
                shown.totalFee());
    }
}
