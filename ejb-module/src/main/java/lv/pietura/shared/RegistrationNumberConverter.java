package lv.pietura.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RegistrationNumber} as its 11 digits. */
@Converter(autoApply = true)
public class RegistrationNumberConverter implements AttributeConverter<RegistrationNumber, String> {

    @Override
    public String convertToDatabaseColumn(RegistrationNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public RegistrationNumber convertToEntityAttribute(String column) {
        return column == null ? null : RegistrationNumber.of(column);
    }
}
