package lv.pietura.organisation;

import java.io.Serializable;
import lv.pietura.shared.LocalizedName;

/** An option of a selection list: an id and what the user reads. */
public record Choice(long id, LocalizedName label) implements Serializable {}
