package lv.pietura.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lv.pietura.shared.LocalizedText;

/**
 * A way a case of the service can end (granted, refused, document issued, information given), and
 * whether that result is sent to the client's e-address (Cabinet Regulation No. 402).
 */
@Embeddable
public class ResultType implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_lv", nullable = false, length = 200)
    private String nameLv;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "sent_to_e_address", nullable = false)
    private boolean sentToEAddress;

    protected ResultType() {}

    ResultType(String code, String nameLv, String nameEn, boolean sentToEAddress) {
        this.code = code;
        this.nameLv = nameLv;
        this.nameEn = nameEn;
        this.sentToEAddress = sentToEAddress;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return LocalizedText.of(nameLv, nameEn);
    }

    public boolean sentToEAddress() {
        return sentToEAddress;
    }
}
