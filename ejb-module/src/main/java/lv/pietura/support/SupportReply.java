package lv.pietura.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** A line of a support request's thread: an answer, a question back, a reply, the closing word. */
@Embeddable
public class SupportReply implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReplyKind kind;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "text", nullable = false, length = SupportRequest.TEXT_MAX)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected SupportReply() {}

    SupportReply(ReplyKind kind, String author, String text, Instant writtenAt) {
        this.kind = kind;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public ReplyKind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
