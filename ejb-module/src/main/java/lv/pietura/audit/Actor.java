package lv.pietura.audit;

/** Who an audit event is attributed to: a user name and the institution they act for (if known). */
public record Actor(String username, Long institutionId) {}
