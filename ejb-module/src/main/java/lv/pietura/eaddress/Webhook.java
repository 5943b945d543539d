package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The address an institution's document management system is told at when mail arrives in the institution's
 * mailbox, and the secret that signs every call (HMAC-SHA256, see {@link WebhookCalls}). One per institution;
 * registering again replaces it (a new secret).
 */
@Entity
@Table(name = "eaddress_webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_webhook_seq")
    @SequenceGenerator(name = "eaddress_webhook_seq", sequenceName = "eaddress_webhook_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "url", nullable = false, length = WebhookAddress.LONGEST)
    private String url;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Webhook() {}

    Webhook(long institutionId, String url, String secret, String by, Instant at) {
        this.institutionId = institutionId;
        replace(url, secret, by, at);
    }

    void replace(String url, String secret, String by, Instant at) {
        this.url = url;
        this.secret = secret;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** The institution's webhook, if it registered one. */
    static Optional<Webhook> of(EntityManager em, long institutionId) {
        return em.createQuery("select w from Webhook w where w.institutionId = :i", Webhook.class)
                .setParameter("i", institutionId)
                .getResultStream()
                .findFirst();
    }

    public long institutionId() {
        return institutionId;
    }

    public String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
