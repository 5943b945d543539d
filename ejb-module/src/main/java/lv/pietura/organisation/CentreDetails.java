package lv.pietura.organisation;

import java.io.Serializable;
import java.util.List;

public record CentreDetails(
        String name, Long municipalityId, String address, CentreType type, List<OpeningHours> openingHours)
        implements Serializable {}
