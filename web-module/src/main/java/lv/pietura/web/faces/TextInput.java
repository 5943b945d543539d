package lv.pietura.web.faces;

import java.io.Serializable;

/**
 * A text a form takes in Latvian and English side by side ({@code #{form.name.lv}}, {@code #{form.name.en}}):
 * the pair a form field of a {@code LocalizedText} or {@code LocalizedName} is typed into.
 */
public class TextInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lv;
    private String en;

    public static TextInput of(String lv, String en) {
        TextInput input = new TextInput();
        input.lv = lv;
        input.en = en;
        return input;
    }

    public String getLv() {
        return lv;
    }

    public void setLv(String lv) {
        this.lv = lv;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
