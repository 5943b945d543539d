package lv.pietura.organisation;

import java.io.Serializable;

/** Filters of the agreement list; {@code null} means "any". */
public record AgreementFilter(Long institutionId, AgreementStatus status) implements Serializable {}
