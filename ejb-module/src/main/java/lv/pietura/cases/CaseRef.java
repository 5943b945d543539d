package lv.pietura.cases;

import java.io.Serializable;

/** A registered case: its id for pages, its number for people. */
public record CaseRef(long id, String number) implements Serializable {}
