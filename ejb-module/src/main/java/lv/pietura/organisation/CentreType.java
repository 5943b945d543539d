package lv.pietura.organisation;

/** Types of customer service centre under Cabinet Regulation No. 401 (4 July 2017). */
public enum CentreType {
    /** Novada nozīmes centrs. */
    COUNTY,
    /** Reģionālas nozīmes centrs. */
    REGIONAL,
    /** Valsts nozīmes centrs. */
    NATIONAL
}
