package lv.pietura.support;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A frequently asked question, published by a platform administrator from a request answered (or written afresh):
 * the question and its answer in Latvian and English, and the page whose help shows it (none: the list only).
 */
@Entity
@Table(name = "support_faq")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class FaqEntry {

    public static final int QUESTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The page as its help names it: {@code cases/case}. */
    @Column(name = "page", length = 200)
    private String page;

    @Column(name = "question_lv", nullable = false, length = QUESTION_MAX)
    private String questionLv;

    @Column(name = "question_en", nullable = false, length = QUESTION_MAX)
    private String questionEn;

    @Column(name = "answer_lv", nullable = false, length = SupportRequest.TEXT_MAX)
    private String answerLv;

    @Column(name = "answer_en", nullable = false, length = SupportRequest.TEXT_MAX)
    private String answerEn;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected FaqEntry() {}

    /**
     * A question published: both languages of the question and the answer required.
     *
     * @throws RuleViolation naming every problem at once
     */
    public static FaqEntry published(
            String page, FaqText question, FaqText answer, Long requestId, String by, Instant at) {
        new Checks()
                .text("questionLv", question == null ? null : question.lv(), QUESTION_MAX)
                .text("questionEn", question == null ? null : question.en(), QUESTION_MAX)
                .text("answerLv", answer == null ? null : answer.lv(), SupportRequest.TEXT_MAX)
                .text("answerEn", answer == null ? null : answer.en(), SupportRequest.TEXT_MAX)
                .throwIfAny();
        FaqEntry entry = new FaqEntry();
        entry.page = pageKeyOf(page);
        entry.questionLv = question.lv().strip();
        entry.questionEn = question.en().strip();
        entry.answerLv = answer.lv().strip();
        entry.answerEn = answer.en().strip();
        entry.requestId = requestId;
        entry.publishedBy = by;
        entry.publishedAt = at;
        return entry;
    }

    /** A page's path as the help names it: {@code /cases/case.xhtml?id=4} is {@code cases/case}; none for none. */
    public static String pageKeyOf(String page) {
        String path = SupportRequest.pageOf(page);
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).substring(1);
        if (path.endsWith(".xhtml")) {
            path = path.substring(0, path.length() - ".xhtml".length());
        }
        return path.isEmpty() ? null : path;
    }

    public Long id() {
        return id;
    }

    public String page() {
        return page;
    }

    public FaqText question() {
        return new FaqText(questionLv, questionEn);
    }

    public FaqText answer() {
        return new FaqText(answerLv, answerEn);
    }

    public Long requestId() {
        return requestId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
