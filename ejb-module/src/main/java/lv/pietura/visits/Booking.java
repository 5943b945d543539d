package lv.pietura.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import lv.pietura.catalogue.Service;
import lv.pietura.organisation.Centre;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * A visit booked at a centre for a service: the client's name, e-mail (where the confirmation and the link to manage
 * it go) and phone, the day and time, and the desk of that time it holds. The client cancels or moves it until it
 * starts; the centre registers the case it came for (attended) or records that the client did not come.
 */
@Entity
@Table(name = "booking")
public class Booking {

    static final int NAME_MAX = 200;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "reference", nullable = false, length = 12)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private Service service;

    @Column(name = "visit_day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "desk")
    private Integer desk;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BookingStatus status;

    @Column(name = "client_name", nullable = false, length = NAME_MAX)
    private String clientName;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "booked_from", length = 64)
    private String bookedFrom;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "case_id")
    private Long caseId;

    protected Booking() {}

    /** A fresh reference: "B-" and seven letters and digits that cannot be mistaken for one another. */
    public static String newReference() {
        StringBuilder reference = new StringBuilder("B-");
        for (int i = 0; i < 7; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** The client's own details, checked all at once; the e-mail address kept in lower case. */
    public record Client(String name, String email, String phone, String language) {

        public Client {
            new Checks()
                    .text("name", name, NAME_MAX)
                    .email("email", email)
                    .optionalText("phone", phone, PHONE_MAX)
                    .that(
                            phone == null || phone.isBlank() || phone.strip().matches("\\+?[0-9 ()-]{5,30}"),
                            "phone",
                            "booking.phone.invalid")
                    .throwIfAny();
            name = name.strip();
            email = email.strip().toLowerCase(Locale.ROOT);
            phone = phone == null || phone.isBlank() ? null : phone.strip();
            language = "en".equals(language) ? "en" : "lv";
        }
    }

    public Booking(
            String reference,
            Centre centre,
            Service service,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            int desk,
            Client client,
            String tokenHash,
            Instant now,
            String from) {
        this.reference = reference;
        this.centre = centre;
        this.service = service;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.desk = desk;
        this.status = BookingStatus.BOOKED;
        this.clientName = client.name();
        this.email = client.email();
        this.phone = client.phone();
        this.language = client.language();
        this.tokenHash = tokenHash;
        this.bookedAt = now;
        this.bookedFrom = from == null || from.length() <= 64 ? from : from.substring(0, 64);
    }

    /** Whether the client may still cancel or move it: booked and not yet started. */
    boolean changeable(LocalDate today, LocalTime now) {
        return status == BookingStatus.BOOKED && (day.isAfter(today) || day.equals(today) && startsAt.isAfter(now));
    }

    public void cancel(LocalDate today, LocalTime now, Instant at) {
        if (!changeable(today, now)) {
            throw new RuleViolation("booking.notChangeable");
        }
        status = BookingStatus.CANCELLED;
        desk = null;
        changedAt = at;
        changedBy = "client";
    }

    void moveTo(LocalDate newDay, OpeningTimes.Time time, int newDesk, Instant at) {
        day = newDay;
        startsAt = time.start();
        endsAt = time.end();
        desk = newDesk;
        changedAt = at;
        changedBy = "client";
    }

    public void attended(long registeredCase, Instant at, String by) {
        if (status != BookingStatus.BOOKED && status != BookingStatus.NO_SHOW) {
            throw new RuleViolation("booking.notOpen");
        }
        status = BookingStatus.ATTENDED;
        caseId = registeredCase;
        changedAt = at;
        changedBy = by;
    }

    public void noShow(LocalDate today, LocalTime now, Instant at, String by) {
        if (status != BookingStatus.BOOKED) {
            throw new RuleViolation("booking.notOpen");
        }
        if (day.isAfter(today) || day.equals(today) && startsAt.isAfter(now)) {
            throw new RuleViolation("booking.noShow.notYet");
        }
        status = BookingStatus.NO_SHOW;
        changedAt = at;
        changedBy = by;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public Centre centre() {
        return centre;
    }

    public Service service() {
        return service;
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public Integer desk() {
        return desk;
    }

    public BookingStatus status() {
        return status;
    }

    public String clientName() {
        return clientName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    public Long caseId() {
        return caseId;
    }
}
