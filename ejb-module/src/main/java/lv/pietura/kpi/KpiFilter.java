package lv.pietura.kpi;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.cases.CaseType;
import lv.pietura.catalogue.Channel;

/**
 * What a dashboard shows: a period and, optionally, one holder, centre, service, channel or type of case
 * (consultations or applications).
 */
public record KpiFilter(
        LocalDate from, LocalDate to, Long institutionId, Long centreId, Long serviceId, Channel channel, CaseType type)
        implements Serializable {}
