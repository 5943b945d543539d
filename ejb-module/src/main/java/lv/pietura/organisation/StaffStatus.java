package lv.pietura.organisation;

/** States a staff list can be filtered by. */
public enum StaffStatus {
    ACTIVE,
    INACTIVE,
    LOCKED
}
