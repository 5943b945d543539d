package lv.pietura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;

/**
 * Institutions, centres and one staff account per role for the demo on the embedded database. Names
 * are those of real bodies; the registration numbers satisfy the checksum but are only illustrative.
 * Every demo account's password is {@link #PASSWORD}.
 */
@ApplicationScoped
public class OrganisationDemo {

    public static final String PASSWORD = "Pietura-demo-2026";

    @PersistenceContext
    EntityManager em;

    public boolean isLoaded() {
        return em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public void load(LocalDate today, Instant now, DemoPasswords passwords) {
        LocalDate agreementsFrom = LocalDate.of(today.getYear() - 1, 1, 1);
        Institution ministry = institution(
                "Viedās administrācijas un reģionālās attīstības ministrija",
                "Ministry of Smart Administration and Regional Development",
                "90000048152",
                InstitutionKind.STATE_BODY,
                "VARAM-2018/1",
                agreementsFrom,
                null);
        Institution vsaa = institution(
                "Valsts sociālās apdrošināšanas aģentūra",
                "State Social Insurance Agency",
                "90001634668",
                InstitutionKind.STATE_BODY,
                "VARAM-2018/7",
                agreementsFrom,
                null);
        Institution vid = institution(
                "Valsts ieņēmumu dienests",
                "State Revenue Service",
                "90000069281",
                InstitutionKind.STATE_BODY,
                "VARAM-2018/9",
                agreementsFrom,
                today.plusDays(45));
        Institution adazi = institution(
                "Ādažu novada pašvaldība",
                "Ādaži Municipality",
                "90000048491",
                InstitutionKind.MUNICIPALITY,
                "VARAM-2019/21",
                agreementsFrom,
                null);
        Institution cesis = institution(
                "Cēsu novada pašvaldība",
                "Cēsis Municipality",
                "90000031048",
                InstitutionKind.MUNICIPALITY,
                "VARAM-2019/22",
                agreementsFrom,
                null);
        Institution livani = institution(
                "Līvānu novada pašvaldība",
                "Līvāni Municipality",
                "90000065595",
                InstitutionKind.MUNICIPALITY,
                "VARAM-2019/30",
                agreementsFrom.minusYears(2),
                agreementsFrom.minusDays(1));

        // A holder that does not work in Pietura (no agreement): centres still take applications for its services,
        // which go to its e-address.
        Institution landService = new Institution(
                LocalizedName.of("Valsts zemes dienests", "State Land Service"),
                RegistrationNumber.of("90000012827"),
                InstitutionKind.STATE_BODY,
                null);
        em.persist(landService);

        Centre adaziCentre = centre(
                "Ādažu novada VPVKAC",
                adazi,
                "Gaujas iela 33A, Ādaži, Ādažu novads, LV-2164",
                CentreType.REGIONAL,
                weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(12, 30)));
        centre(
                "Carnikavas VPVKAC",
                adazi,
                "Stacijas iela 5, Carnikava, Ādažu novads, LV-2163",
                CentreType.COUNTY,
                weekdays(LocalTime.of(9, 0), LocalTime.of(16, 0), null, null));
        Centre cesisCentre = centre(
                "Cēsu novada VPVKAC",
                cesis,
                "Raunas iela 4, Cēsis, Cēsu novads, LV-4101",
                CentreType.REGIONAL,
                weekdays(LocalTime.of(8, 30), LocalTime.of(17, 0), null, null));
        Centre livaniCentre = centre(
                "Līvānu novada VPVKAC",
                livani,
                "Rīgas iela 77, Līvāni, Līvānu novads, LV-5316",
                CentreType.COUNTY,
                weekdays(LocalTime.of(8, 0), LocalTime.of(16, 30), null, null));

        staff("admin", "Ilze Kalniņa", ministry, null, EnumSet.of(Role.PLATFORM_ADMIN), now, passwords);
        staff("ministrija", "Māris Ozols", ministry, null, EnumSet.of(Role.SUPERVISOR), now, passwords);
        staff("vsaa.admin", "Inese Zariņa", vsaa, null, EnumSet.of(Role.INSTITUTION_ADMIN), now, passwords);
        staff("vsaa.manager", "Kārlis Vītols", vsaa, null, EnumSet.of(Role.SERVICE_MANAGER), now, passwords);
        staff("vsaa.specialist", "Laura Kalēja", vsaa, null, EnumSet.of(Role.SPECIALIST), now, passwords);
        staff("vid.specialist", "Edgars Liepiņš", vid, null, EnumSet.of(Role.SPECIALIST), now, passwords);
        staff("adazi.admin", "Dace Krūmiņa", adazi, null, EnumSet.of(Role.INSTITUTION_ADMIN), now, passwords);
        staff("adazi.manager", "Mārtiņš Lācis", adazi, null, EnumSet.of(Role.SERVICE_MANAGER), now, passwords);
        staff("adazi.clerk", "Anna Bērziņa", adazi, adaziCentre, EnumSet.of(Role.CLERK), now, passwords);
        staff("cesis.clerk", "Roberts Kļaviņš", cesis, cesisCentre, EnumSet.of(Role.CLERK), now, passwords);
        staff("livani.clerk", "Sandra Pētersone", livani, livaniCentre, EnumSet.of(Role.CLERK), now, passwords);
    }

    private Institution institution(
            String nameLv,
            String nameEn,
            String number,
            InstitutionKind kind,
            String agreementNumber,
            LocalDate validFrom,
            LocalDate validTo) {
        Institution institution =
                new Institution(LocalizedName.of(nameLv, nameEn), RegistrationNumber.of(number), kind, null);
        institution.conclude(agreementNumber, validFrom.minusMonths(1), validFrom, validTo, validFrom);
        em.persist(institution);
        return institution;
    }

    private Centre centre(
            String name, Institution municipality, String address, CentreType type, List<OpeningHours> hours) {
        Centre centre = new Centre(name, municipality, address, type, hours);
        em.persist(centre);
        return centre;
    }

    /**
     * The people who handle the demo's cases and the portal that submits applications; added to a demo
     * database made before they existed, too.
     */
    @Transactional
    public void ensureCaseStaff(Instant now, DemoPasswords passwords) {
        Institution ministry = byNumber("90000048152");
        Institution vsaa = byNumber("90001634668");
        Institution adazi = byNumber("90000048491");
        if (ministry == null || vsaa == null || adazi == null) {
            return;
        }
        if (absent("vsaa.specialist2")) {
            staff("vsaa.specialist2", "Pēteris Zariņš", vsaa, null, EnumSet.of(Role.SPECIALIST), now, passwords);
        }
        if (absent("adazi.specialist")) {
            staff("adazi.specialist", "Ilona Grīnberga", adazi, null, EnumSet.of(Role.SPECIALIST), now, passwords);
        }
        if (absent("vsaa.dpo")) {
            staff("vsaa.dpo", "Agnese Egle", vsaa, null, EnumSet.of(Role.DATA_PROTECTION_OFFICER), now, passwords);
        }
        if (absent("latvija.portals")) {
            staff("latvija.portals", "Portāls Latvija.lv", ministry, null, EnumSet.of(Role.PORTAL), now, passwords);
        }
    }

    private boolean absent(String username) {
        return em.createQuery("select count(s) from StaffAccount s where s.username = :name", Long.class)
                        .setParameter("name", username)
                        .getSingleResult()
                == 0;
    }

    private Institution byNumber(String registrationNumber) {
        return em.createQuery("select i from Institution i where i.registrationNumber = :number", Institution.class)
                .setParameter("number", registrationNumber)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void staff(
            String username,
            String fullName,
            Institution institution,
            Centre centre,
            Set<Role> roles,
            Instant now,
            DemoPasswords passwords) {
        String email = username.replace('.', '_') + "@pietura.example.lv";
        StaffAccount account =
                new StaffAccount(username, fullName, email, institution, centre, roles, PASSWORD.toCharArray(), now);
        if (passwords == DemoPasswords.PUBLISHED) {
            account.treatPasswordAsChosen();
        }
        em.persist(account);
    }

    /** Monday to Friday, with an optional lunch break; Friday closes an hour earlier. */
    private static List<OpeningHours> weekdays(
            LocalTime opens, LocalTime closes, LocalTime breakFrom, LocalTime breakTo) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            LocalTime dayCloses = day == DayOfWeek.FRIDAY ? closes.minusHours(1) : closes;
            if (breakFrom == null) {
                hours.add(new OpeningHours(day, opens, dayCloses));
            } else {
                hours.add(new OpeningHours(day, opens, breakFrom));
                hours.add(new OpeningHours(day, breakTo, dayCloses));
            }
        }
        return hours;
    }
}
