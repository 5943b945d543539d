package lv.pietura.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lv.pietura.shared.Checks;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A state and municipal unified customer service centre (VPVKAC): a place where clients are served
 * for many service holders ("one-stop shop"). Run by a municipality; its clerks are that
 * municipality's staff. A centre is closed, not deleted, so its history stays readable.
 */
@Entity
@Table(name = "centre")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Centre {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "centre_seq")
    @SequenceGenerator(name = "centre_seq", sequenceName = "centre_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Institution municipality;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "centre_type", nullable = false, length = 20)
    private CentreType type;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "centre_opening_hours", joinColumns = @JoinColumn(name = "centre_id"))
    @OrderBy("isoDay, opensAt")
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Column(nullable = false)
    private boolean active = true;

    protected Centre() {}

    public Centre(String name, Institution municipality, String address, CentreType type, List<OpeningHours> hours) {
        describe(name, municipality, address, type, hours);
    }

    public final void describe(
            String name, Institution municipality, String address, CentreType type, List<OpeningHours> hours) {
        Checks checks = new Checks()
                .text("name", name, NAME_MAX)
                .present("municipality", municipality)
                .text("address", address, ADDRESS_MAX)
                .present("type", type);
        if (municipality != null) {
            // a training sandbox of any institution may have a practice centre: its trainees make their own cases there
            checks.that(
                    municipality.kind() == InstitutionKind.MUNICIPALITY || municipality.training(),
                    "municipality",
                    "centre.notMunicipality");
        }
        List<OpeningHours> sorted = new ArrayList<>(hours == null ? List.of() : hours);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            OpeningHours interval = sorted.get(i);
            checks.that(
                    interval.opensAt().isBefore(interval.closesAt()),
                    "openingHours",
                    "centre.hours.closesBeforeOpening",
                    interval.day().getValue());
            if (i > 0 && sorted.get(i - 1).overlaps(interval)) {
                checks.fail(
                        "openingHours", "centre.hours.overlap", interval.day().getValue());
            }
        }
        checks.throwIfAny();
        this.name = name.strip();
        this.municipality = municipality;
        this.address = address.strip();
        this.type = type;
        this.openingHours.clear();
        this.openingHours.addAll(sorted);
    }

    public void close() {
        this.active = false;
    }

    public void reopen() {
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Institution municipality() {
        return municipality;
    }

    public String address() {
        return address;
    }

    public CentreType type() {
        return type;
    }

    public List<OpeningHours> openingHours() {
        return Collections.unmodifiableList(openingHours);
    }

    public boolean active() {
        return active;
    }
}
