package lv.pietura.organisation;

import java.io.Serializable;

/** What a platform administrator enters about an institution. */
public record InstitutionDetails(
        String nameLv, String nameEn, String registrationNumber, InstitutionKind kind, String eAddress)
        implements Serializable {}
