package lv.pietura.organisation;

import java.io.Serializable;
import java.time.LocalDate;

public record AgreementDetails(String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo)
        implements Serializable {}
