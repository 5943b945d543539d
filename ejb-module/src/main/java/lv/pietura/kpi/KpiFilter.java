package lv.pietura.kpi;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.catalogue.Channel;

/** What a dashboard shows: a period and, optionally, one holder, centre, service or channel. */
public record KpiFilter(
        LocalDate from, LocalDate to, Long institutionId, Long centreId, Long serviceId, Channel channel)
        implements Serializable {}
