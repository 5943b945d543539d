package lv.pietura.training;

import java.io.Serializable;
import java.util.List;

/**
 * A client of the training sandboxes. Their personal codes are of people born in 2099: valid in form and check digit,
 * and held by nobody, so no real person's e-address account can be one of theirs.
 */
public record MadeUpClient(String personalCode, String name) implements Serializable {

    /** The same three in every sandbox; their e-address accounts are activated training accounts. */
    public static final List<MadeUpClient> ALL = List.of(
            new MadeUpClient("010199-20005", "Ieva Paraudziņa"),
            new MadeUpClient("020299-20003", "Kārlis Māceklis"),
            new MadeUpClient("030399-20001", "Līga Izmēģinājuma"));
}
