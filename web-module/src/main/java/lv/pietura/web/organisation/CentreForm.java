package lv.pietura.web.organisation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lv.pietura.organisation.CentreDetails;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.OpeningHours;

/** The fields of the centre form, with its opening hours as editable rows. */
public class CentreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the opening hours editor. */
    public static class HoursRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private DayOfWeek day = DayOfWeek.MONDAY;
        private LocalTime opensAt = LocalTime.of(9, 0);
        private LocalTime closesAt = LocalTime.of(17, 0);

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getOpensAt() {
            return opensAt;
        }

        public void setOpensAt(LocalTime opensAt) {
            this.opensAt = opensAt;
        }

        public LocalTime getClosesAt() {
            return closesAt;
        }

        public void setClosesAt(LocalTime closesAt) {
            this.closesAt = closesAt;
        }
    }

    private Long id;
    private int version;
    private String name;
    private Long municipalityId;
    private String address;
    private CentreType type;
    private final List<HoursRow> hours = new ArrayList<>();

    static CentreForm of(CentreView view) {
        CentreForm form = new CentreForm();
        form.id = view.id();
        form.version = view.version();
        form.name = view.name();
        form.municipalityId = view.municipalityId();
        form.address = view.address();
        form.type = view.type();
        for (OpeningHours interval : view.openingHours()) {
            HoursRow row = new HoursRow();
            row.day = interval.day();
            row.opensAt = interval.opensAt();
            row.closesAt = interval.closesAt();
            form.hours.add(row);
        }
        return form;
    }

    /** A new centre starts open Monday to Friday, 9 to 17. */
    static CentreForm blank() {
        CentreForm form = new CentreForm();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            HoursRow row = new HoursRow();
            row.day = day;
            form.hours.add(row);
        }
        return form;
    }

    CentreDetails details() {
        List<OpeningHours> intervals = hours.stream()
                .filter(r -> r.day != null && r.opensAt != null && r.closesAt != null)
                .map(r -> new OpeningHours(r.day, r.opensAt, r.closesAt))
                .toList();
        return new CentreDetails(name, municipalityId, address, type, intervals);
    }

    public void addRow() {
        HoursRow row = new HoursRow();
        if (!hours.isEmpty()) {
            HoursRow last = hours.get(hours.size() - 1);
            row.day = last.day == null ? DayOfWeek.MONDAY : last.day.plus(1);
        }
        hours.add(row);
    }

    public void removeRow(HoursRow row) {
        hours.removeIf(r -> Objects.equals(r, row));
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public CentreType getType() {
        return type;
    }

    public void setType(CentreType type) {
        this.type = type;
    }

    public List<HoursRow> getHours() {
        return hours;
    }
}
