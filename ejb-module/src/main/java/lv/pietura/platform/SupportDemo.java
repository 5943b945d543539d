package lv.pietura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.support.FaqEntry;
import lv.pietura.support.FaqText;
import lv.pietura.support.SupportRequest;

/**
 * Support in the demo: Ādaži's client consultant asked yesterday how to add a document a client brought later, Ādaži's
 * administrator answered within the hour, and the answer is one of the frequently asked questions of the case page.
 */
@ApplicationScoped
public class SupportDemo {

    private static final String ANSWER_LV = "Atveriet lietu un izvēlieties „Pievienot dokumentus”: augšupielādējiet"
            + " skenēto dokumentu un saglabājiet. Dokuments pievienojas lietai un ir redzams speciālistam; lietas"
            + " vēsturē paliek ieraksts, kas un kad to pievienoja.";
    private static final String ANSWER_EN = "Open the case and choose \"Add documents\": upload the scanned document"
            + " and save. The document joins the case and the specialist sees it; the case's history records who added"
            + " it and when.";

    @PersistenceContext
    EntityManager em;

    public boolean isLoaded() {
        return em.createQuery("select count(r) from SupportRequest r", Long.class)
                        .getSingleResult()
                > 0;
    }

    @Transactional
    public void load(Instant now) {
        List<StaffAccount> clerk = em.createQuery(
                        "select s from StaffAccount s where s.username = 'adazi.clerk'", StaffAccount.class)
                .getResultList();
        if (clerk.isEmpty()) {
            return;
        }
        StaffAccount requester = clerk.get(0);
        Instant asked = now.minus(Duration.ofDays(1));
        SupportRequest request = SupportRequest.filed(
                new SupportRequest.Filing(
                        requester.id(),
                        requester.username(),
                        requester.institution().id(),
                        null,
                        "/cases/list",
                        null,
                        null,
                        "Kā pievienot dokumentu, ko klients atnesa vēlāk?",
                        "Klients atnesa trūkstošo izziņu pēc tam, kad lieta jau bija reģistrēta. Kur lietā to pievienot?",
                        List.of()),
                asked);
        request.answer("adazi.admin", ANSWER_LV, asked.plus(Duration.ofMinutes(40)));
        em.persist(request);
        em.flush();
        em.persist(FaqEntry.published(
                "/cases/case",
                new FaqText(
                        "Kā pievienot dokumentu, ko klients atnesa vēlāk?",
                        "How do I add a document the client" + " brought later?"),
                new FaqText(ANSWER_LV, ANSWER_EN),
                request.id(),
                "admin",
                asked.plus(Duration.ofHours(2))));
    }
}
