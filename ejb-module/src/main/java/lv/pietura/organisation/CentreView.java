package lv.pietura.organisation;

import java.io.Serializable;
import java.util.List;
import lv.pietura.shared.LocalizedName;

public record CentreView(
        long id,
        int version,
        String name,
        long municipalityId,
        LocalizedName municipalityName,
        String address,
        CentreType type,
        List<OpeningHours> openingHours,
        boolean active)
        implements Serializable {

    static CentreView of(Centre centre) {
        return new CentreView(
                centre.id(),
                centre.version(),
                centre.name(),
                centre.municipality().id(),
                centre.municipality().name(),
                centre.address(),
                centre.type(),
                List.copyOf(centre.openingHours()),
                centre.active());
    }
}
