package lv.pietura.platform;

import static lv.pietura.catalogue.ServiceContent.FieldData;
import static lv.pietura.catalogue.ServiceContent.LegalActData;
import static lv.pietura.catalogue.ServiceContent.ResultTypeData;
import static lv.pietura.catalogue.ServiceContent.TextData;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceCode;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.files.SamplePdf;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;

/**
 * A realistic catalogue for the demo on the embedded database: services of the demo's real holders
 * with their legal bases, deadlines, fees, intake forms and centres. Legal references point to
 * likumi.lv; figures are plausible, not authoritative.
 */
@ApplicationScoped
public class CatalogueDemo {

    private static final String BY = "demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    public boolean isLoaded() {
        return em.createQuery("select count(s) from Service s", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public void load(LocalDate today, Instant now) {
        Institution vsaa = institution("90001634668");
        Institution vid = institution("90000069281");
        Institution adazi = institution("90000048491");
        if (vsaa == null || vid == null || adazi == null) {
            return;
        }
        FileRef pensionForm = files.store(
                new ByteArrayInputStream(SamplePdf.onePage("Iesniegums vecuma pensijas pieskirsanai")),
                "iesniegums-vecuma-pensija.pdf",
                ServiceManagement.MAX_TEMPLATE_BYTES,
                FileKinds.FORM_TEMPLATES,
                FilePurpose.FORM_TEMPLATE,
                FileOwner.of("vsaa.manager", vsaa.id()));

        Service pension = publish(
                new Service(
                        ServiceCode.of("VSAA-VECUMA-PENSIJA"),
                        vsaa,
                        new ServiceContent(
                                "Vecuma pensijas piešķiršana",
                                "Granting of the old-age pension",
                                "Vecuma pensiju piešķir personai, kura sasniegusi pensionēšanās vecumu un kurai ir vismaz 15 gadu"
                                        + " apdrošināšanas stāžs. Pensijas apmērs atkarīgs no uzkrātā pensijas kapitāla.",
                                "The old-age pension is granted to a person who has reached the retirement age and has at least"
                                        + " 15 years of insurance record.",
                                "Valsts sociālās apdrošināšanas pensiju piešķiršana un izmaksa",
                                "Granting and paying state pensions",
                                Recipients.PERSONS,
                                "Visa Latvija",
                                "All of Latvia",
                                List.of(
                                        new LegalActData(
                                                "Likums \"Par valsts pensijām\"",
                                                "11. pants",
                                                "https://likumi.lv/ta/id/38048-par-valsts-pensijam"),
                                        new LegalActData(
                                                "Administratīvā procesa likums",
                                                "64. pants",
                                                "https://likumi.lv/ta/id/55567-administrativa-procesa-likums")),
                                List.of(
                                        new TextData(
                                                "Iesniedziet iesniegumu klientu apkalpošanas centrā, latvija.lv vai pa pastu.",
                                                "Submit the application at a centre, on latvija.lv or by post."),
                                        new TextData(
                                                "VSAA pārbauda apdrošināšanas stāžu un uzkrāto kapitālu.",
                                                "The agency checks the insurance record and the accrued capital."),
                                        new TextData(
                                                "Lēmumu nosūta uz oficiālo elektronisko adresi vai pa pastu.",
                                                "The decision is sent to the official e-address or by post.")),
                                List.of(
                                        new ServiceContent.DocumentData(
                                                "Iesniegums vecuma pensijas piešķiršanai",
                                                "Application for the old-age pension",
                                                pensionForm.id(),
                                                pensionForm.name()),
                                        new ServiceContent.DocumentData(
                                                "Darba stāžu apliecinoši dokumenti (ja stāžs nav reģistrēts)",
                                                "Documents proving the work record (if not registered)",
                                                null,
                                                null)),
                                List.of(),
                                Set.of(Channel.IN_PERSON, Channel.E_SERVICE, Channel.E_ADDRESS, Channel.POST),
                                Set.of(Channel.E_ADDRESS, Channel.POST),
                                "https://www.latvija.lv/lv/pakalpojumi/vecuma-pensija",
                                20,
                                DeadlineKind.WORKING_DAYS,
                                10,
                                true,
                                true,
                                20,
                                List.of(
                                        new ResultTypeData("granted", "Pensija piešķirta", "Pension granted", true),
                                        new ResultTypeData(
                                                "refused", "Atteikts piešķirt pensiju", "Pension refused", true)),
                                List.of(
                                        new FieldData(
                                                null,
                                                "Vēlamais pensijas sākuma datums",
                                                "Requested start of the pension",
                                                FieldType.DATE,
                                                true,
                                                null,
                                                null,
                                                null),
                                        new FieldData(
                                                null,
                                                "Bankas konta numurs (IBAN)",
                                                "Bank account (IBAN)",
                                                FieldType.TEXT,
                                                true,
                                                "Piemēram, LV80BANK0000435195001",
                                                "For example LV80BANK0000435195001",
                                                null),
                                        new FieldData(
                                                null,
                                                "Izmaksas veids",
                                                "How it is paid",
                                                FieldType.CHOICE,
                                                true,
                                                null,
                                                null,
                                                List.of("Uz bankas kontu", "Pasta nodaļā")),
                                        new FieldData(
                                                null,
                                                "Stāžu apliecinoši dokumenti",
                                                "Documents proving the record",
                                                FieldType.FILE,
                                                false,
                                                null,
                                                null,
                                                null)),
                                List.of(),
                                "Iesniegumu var iesniegt ne agrāk kā mēnesi pirms pensionēšanās vecuma sasniegšanas.",
                                "The application can be made at the earliest one month before reaching the retirement age.",
                                false),
                        List.of(),
                        now,
                        BY),
                today,
                now);
        pension.placeInBasket(true);
        pension.startNewVersion(now, "vsaa.manager");

        publish(
                new Service(
                        ServiceCode.of("VSAA-BERNA-KOPSANA"),
                        vsaa,
                        new ServiceContent(
                                "Bērna kopšanas pabalsta piešķiršana",
                                "Child care benefit",
                                "Pabalstu piešķir vienam no vecākiem, kas kopj bērnu vecumā līdz pusotram gadam.",
                                "The benefit is granted to a parent caring for a child up to one and a half years old.",
                                "Valsts sociālo pabalstu piešķiršana",
                                null,
                                Recipients.PERSONS,
                                "Visa Latvija",
                                "All of Latvia",
                                List.of(new LegalActData(
                                        "Valsts sociālo pabalstu likums",
                                        "7. pants",
                                        "https://likumi.lv/ta/id/68483-valsts-socialo-pabalstu-likums")),
                                List.of(
                                        new TextData("Iesniedziet iesniegumu.", "Submit the application."),
                                        new TextData("VSAA pieņem lēmumu.", "The agency decides.")),
                                List.of(new ServiceContent.DocumentData("Iesniegums", "Application", null, null)),
                                List.of(),
                                Set.of(Channel.IN_PERSON, Channel.E_SERVICE),
                                Set.of(Channel.E_ADDRESS),
                                "https://www.latvija.lv/lv/pakalpojumi/berna-kopsanas-pabalsts",
                                10,
                                DeadlineKind.WORKING_DAYS,
                                5,
                                true,
                                false,
                                null,
                                List.of(
                                        new ResultTypeData("granted", "Pabalsts piešķirts", "Benefit granted", true),
                                        new ResultTypeData("refused", "Atteikts", "Refused", true)),
                                List.of(new FieldData(
                                        null,
                                        "Bērna personas kods",
                                        "Child's personal code",
                                        FieldType.PERSONAL_CODE,
                                        true,
                                        null,
                                        null,
                                        null)),
                                List.of(),
                                null,
                                null,
                                false),
                        List.of(),
                        now,
                        BY),
                today,
                now);

        Service eds = publish(
                new Service(
                        ServiceCode.of("VID-EDS-LIETOTAJS"),
                        vid,
                        new ServiceContent(
                                "Elektroniskās deklarēšanas sistēmas (EDS) lietotāja reģistrācija",
                                "Registration as a user of the Electronic Declaration System (EDS)",
                                "Reģistrācija, lai iesniegtu deklarācijas un saņemtu VID paziņojumus elektroniski.",
                                "Registration to file declarations and receive notices of the State Revenue Service electronically.",
                                "Nodokļu administrēšana",
                                "Tax administration",
                                Recipients.BOTH,
                                "Visa Latvija",
                                "All of Latvia",
                                List.of(new LegalActData(
                                        "Likums \"Par nodokļiem un nodevām\"",
                                        "15. pants",
                                        "https://likumi.lv/ta/id/33946-par-nodokliem-un-nodevam")),
                                List.of(
                                        new TextData("Aizpildiet pieteikumu.", "Fill in the application."),
                                        new TextData(
                                                "VID piešķir lietotāja tiesības.", "The service grants user rights.")),
                                List.of(new ServiceContent.DocumentData(
                                        "Personu apliecinošs dokuments", "Identity document", null, null)),
                                List.of(),
                                Set.of(Channel.IN_PERSON, Channel.E_SERVICE),
                                Set.of(Channel.E_ADDRESS, Channel.EMAIL),
                                "https://eds.vid.gov.lv/",
                                3,
                                DeadlineKind.WORKING_DAYS,
                                1,
                                false,
                                false,
                                null,
                                List.of(
                                        new ResultTypeData(
                                                "registered", "Lietotājs reģistrēts", "User registered", true),
                                        new ResultTypeData("refused", "Atteikts", "Refused", true)),
                                List.of(
                                        new FieldData(
                                                null,
                                                "Personas kods",
                                                "Personal code",
                                                FieldType.PERSONAL_CODE,
                                                true,
                                                null,
                                                null,
                                                null),
                                        new FieldData(
                                                null,
                                                "Uzņēmuma reģistrācijas numurs",
                                                "Company registration number",
                                                FieldType.REGISTRATION_NUMBER,
                                                false,
                                                "Ja reģistrē uzņēmuma pārstāvi",
                                                "When registering a company's representative",
                                                null)),
                                List.of(),
                                null,
                                null,
                                false),
                        List.of(),
                        now,
                        BY),
                today,
                now);
        eds.placeInBasket(true);

        Centre adaziCentre = centre("Ādažu novada VPVKAC");
        Centre carnikava = centre("Carnikavas VPVKAC");
        Service certificate = publish(
                new Service(
                        ServiceCode.of("ADAZI-IZZINA-DZIVESVIETA"),
                        adazi,
                        new ServiceContent(
                                "Izziņa par deklarēto dzīvesvietu",
                                "Certificate of the declared place of residence",
                                "Izziņa par personas deklarēto dzīvesvietu Ādažu novadā.",
                                "A certificate of a person's declared place of residence in Ādaži municipality.",
                                "Dzīvesvietas deklarēšanas reģistrācija",
                                null,
                                Recipients.PERSONS,
                                "Ādažu novads",
                                "Ādaži municipality",
                                List.of(new LegalActData(
                                        "Dzīvesvietas deklarēšanas likums",
                                        "13. pants",
                                        "https://likumi.lv/ta/id/324400-dzivesvietas-deklaresanas-likums")),
                                List.of(
                                        new TextData(
                                                "Pieprasiet izziņu centrā vai e-adresē.",
                                                "Ask for it at a centre or by e-address."),
                                        new TextData("Samaksājiet nodevu.", "Pay the fee.")),
                                List.of(),
                                List.of(new ServiceContent.FeeData(
                                        "Izziņas sagatavošana",
                                        "Preparing the certificate",
                                        new BigDecimal("2.00"),
                                        "Ādažu novada pašvaldības saistošie noteikumi par pašvaldības nodevām")),
                                Set.of(Channel.IN_PERSON, Channel.E_ADDRESS),
                                Set.of(Channel.IN_PERSON, Channel.E_ADDRESS),
                                null,
                                3,
                                DeadlineKind.WORKING_DAYS,
                                1,
                                false,
                                false,
                                null,
                                List.of(new ResultTypeData("issued", "Izziņa izsniegta", "Certificate issued", true)),
                                List.of(new FieldData(
                                        null,
                                        "Personas kods",
                                        "Personal code",
                                        FieldType.PERSONAL_CODE,
                                        false,
                                        "Ja izziņa ir par citu personu (piem., bērnu)",
                                        "If the certificate is about another person (e.g. a child)",
                                        null)),
                                List.of(),
                                null,
                                null,
                                false),
                        List.of(),
                        now,
                        BY),
                today,
                now);
        certificate.offerAt(Set.of(adaziCentre, carnikava));

        Service residence = new Service(
                ServiceCode.of("ADAZI-DZIVESVIETA"),
                adazi,
                new ServiceContent(
                        "Dzīvesvietas deklarēšana",
                        "Declaration of the place of residence",
                        "Persona deklarē adresi, kurā brīvprātīgi uzturas, ar nodomu tur dzīvot un kur var sasniegt.",
                        "A person declares the address where they live of their own free will and can be reached.",
                        "Dzīvesvietas deklarēšanas reģistrācija",
                        "Registering declared places of residence",
                        Recipients.PERSONS,
                        "Ādažu novads",
                        "Ādaži municipality",
                        List.of(new LegalActData(
                                "Dzīvesvietas deklarēšanas likums",
                                "5. pants",
                                "https://likumi.lv/ta/id/324400-dzivesvietas-deklaresanas-likums")),
                        List.of(
                                new TextData("Aizpildiet dzīvesvietas deklarāciju.", "Fill in the declaration."),
                                new TextData(
                                        "Pašvaldība pārbauda tiesisko pamatu un reģistrē dzīvesvietu.",
                                        "The municipality checks the legal basis and registers the place of residence.")),
                        List.of(new ServiceContent.DocumentData(
                                "Dzīvesvietas deklarācija", "Declaration of residence", null, null)),
                        List.of(),
                        Set.of(Channel.IN_PERSON, Channel.E_SERVICE, Channel.POST),
                        Set.of(Channel.E_ADDRESS, Channel.POST),
                        "https://www.latvija.lv/lv/pakalpojumi/dzivesvietas-deklaresana",
                        1,
                        DeadlineKind.WORKING_DAYS,
                        1,
                        false,
                        false,
                        null,
                        List.of(
                                new ResultTypeData("declared", "Dzīvesvieta deklarēta", "Residence declared", true),
                                new ResultTypeData("refused", "Atteikts reģistrēt", "Registration refused", true)),
                        List.of(
                                new FieldData(
                                        null,
                                        "Personas kods",
                                        "Personal code",
                                        FieldType.PERSONAL_CODE,
                                        true,
                                        null,
                                        null,
                                        null),
                                new FieldData(
                                        null,
                                        "Deklarējamās dzīvesvietas adrese",
                                        "Address declared",
                                        FieldType.TEXT,
                                        true,
                                        "Pilna adrese ar pasta indeksu",
                                        "Full address with postal code",
                                        null),
                                new FieldData(
                                        null,
                                        "Tiesiskais pamats",
                                        "Legal basis of use",
                                        FieldType.CHOICE,
                                        true,
                                        null,
                                        null,
                                        List.of("Īpašums", "Īres līgums", "Radniecība ar īpašnieku", "Cits"))),
                        List.of("ADAZI-IZZINA-DZIVESVIETA"),
                        "Ja persona deklarē dzīvesvietu cita īpašumā, nepieciešama īpašnieka piekrišana.",
                        "Declaring residence in another person's property needs the owner's consent.",
                        false),
                List.of(certificate),
                now,
                BY);
        publish(residence, today, now);
        residence.placeInBasket(true);
        residence.offerAt(Set.of(adaziCentre, carnikava));

        Service taxConsultation = publish(
                new Service(
                        ServiceCode.of("ADAZI-NIN-KONSULTACIJA"),
                        adazi,
                        new ServiceContent(
                                "Konsultācija par nekustamā īpašuma nodokli",
                                "Consultation on the real estate tax",
                                "Atbildes uz jautājumiem par nodokļa aprēķinu, atvieglojumiem un samaksas termiņiem.",
                                "Answers on the tax calculation, relief and payment dates.",
                                "Nekustamā īpašuma nodokļa administrēšana",
                                "Administering the real estate tax",
                                Recipients.BOTH,
                                "Ādažu novads",
                                "Ādaži municipality",
                                List.of(new LegalActData(
                                        "Likums \"Par nekustamā īpašuma nodokli\"",
                                        "5. pants",
                                        "https://likumi.lv/ta/id/43913-par-nekustama-ipasuma-nodokli")),
                                List.of(new TextData("Uzdodiet jautājumu.", "Ask your question.")),
                                List.of(),
                                List.of(),
                                Set.of(Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL, Channel.E_ADDRESS),
                                Set.of(Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL),
                                null,
                                5,
                                DeadlineKind.WORKING_DAYS,
                                1,
                                false,
                                false,
                                null,
                                List.of(new ResultTypeData(
                                        "informed", "Informācija sniegta", "Information given", false)),
                                List.of(
                                        new FieldData(
                                                null,
                                                "Kadastra numurs",
                                                "Cadastral number",
                                                FieldType.TEXT,
                                                false,
                                                null,
                                                null,
                                                null),
                                        new FieldData(
                                                null, "Jautājums", "Question", FieldType.TEXT, true, null, null, null)),
                                List.of(),
                                null,
                                null,
                                false),
                        List.of(),
                        now,
                        BY),
                today,
                now);
        taxConsultation.offerAt(Set.of(adaziCentre, carnikava));

        Institution landService = institution("90000012827");
        if (landService != null) {
            Service cadastre = publish(
                    new Service(
                            ServiceCode.of("VZD-KADASTRA-IZZINA"),
                            landService,
                            new ServiceContent(
                                    "Izziņa no Nekustamā īpašuma valsts kadastra",
                                    "Certificate from the State Real Estate Cadastre",
                                    "Izziņa par nekustamā īpašuma kadastra datiem: īpašnieki, platība, kadastrālā vērtība.",
                                    "A certificate of a property's cadastral data: owners, area, cadastral value.",
                                    "Nekustamā īpašuma valsts kadastra informācijas sistēmas uzturēšana",
                                    "Keeping the State Real Estate Cadastre",
                                    Recipients.BOTH,
                                    "Visa Latvija",
                                    "All of Latvia",
                                    List.of(new LegalActData(
                                            "Nekustamā īpašuma valsts kadastra likums",
                                            "87. pants",
                                            "https://likumi.lv/ta/id/68490")),
                                    List.of(new TextData(
                                            "Iesniedziet pieteikumu centrā; to nosūta dienestam.",
                                            "Apply at a centre; the application goes to the Service.")),
                                    List.of(),
                                    List.of(),
                                    Set.of(Channel.IN_PERSON, Channel.E_ADDRESS),
                                    Set.of(Channel.E_ADDRESS, Channel.POST),
                                    null,
                                    10,
                                    DeadlineKind.WORKING_DAYS,
                                    5,
                                    false,
                                    false,
                                    null,
                                    List.of(new ResultTypeData(
                                            "issued", "Izziņa izsniegta", "Certificate issued", true)),
                                    List.of(new FieldData(
                                            null,
                                            "Kadastra numurs",
                                            "Cadastral number",
                                            FieldType.TEXT,
                                            true,
                                            null,
                                            null,
                                            null)),
                                    List.of(),
                                    null,
                                    null,
                                    false),
                            List.of(),
                            now,
                            BY),
                    today,
                    now);
            cadastre.offerAt(Set.of(adaziCentre, carnikava));
        }
    }

    private Service publish(Service service, LocalDate today, Instant now) {
        // In force for a year already, so that the demo's cases of the past months were registered under it.
        LocalDate validFrom = today.minusYears(1);
        service.publish(validFrom, validFrom, now, BY);
        if (service.id() == null) {
            em.persist(service);
        }
        return service;
    }

    private Institution institution(String registrationNumber) {
        return em.createQuery("select i from Institution i where i.registrationNumber = :number", Institution.class)
                .setParameter("number", registrationNumber)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Centre centre(String name) {
        return em.createQuery("select c from Centre c where c.name = :name", Centre.class)
                .setParameter("name", name)
                .getSingleResult();
    }
}
