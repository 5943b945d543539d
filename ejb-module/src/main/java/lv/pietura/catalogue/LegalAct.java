package lv.pietura.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A legal act a service rests on: its title, the article, and where to read it (likumi.lv). */
@Embeddable
public class LegalAct implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "article", length = 100)
    private String article;

    @Column(name = "url", length = 500)
    private String url;

    protected LegalAct() {}

    LegalAct(String title, String article, String url) {
        this.title = title;
        this.article = article;
        this.url = url;
    }

    public String title() {
        return title;
    }

    public String article() {
        return article;
    }

    public String url() {
        return url;
    }
}
