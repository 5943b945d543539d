package lv.pietura.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.pietura.eaddress.TrainingMailboxes;
import lv.pietura.organisation.StaffAccount;

/**
 * What trainees did in a sandbox: the journeys each has done, kept in {@code training_journey} (read from the sandbox's
 * case events, messages and mailbox, so a reset does not forget them), and the reset that clears the sandbox's cases,
 * messages and bookings (its institution, centres, services, trainees and made-up clients stay).
 */
@ApplicationScoped
@Transactional
public class SandboxWork {

    /** Each journey: how to find a trainee (staff account {@code s}) having done it, with the moment it was done. */
    private static final Map<TrainingJourney, String> DONE = Map.of(
            TrainingJourney.REGISTERED,
            "select s.id, 'JOURNEY', min(e.occurred_at) from staff_account s join case_event e on e.actor = s.username"
                    + " where e.event_type = 'REGISTERED'",
            TrainingJourney.HANDLED,
            "select s.id, 'JOURNEY', min(e.occurred_at) from staff_account s join case_event e on e.actor = s.username"
                    + " where e.event_type in ('TAKEN', 'ASSIGNED', 'SUSPENDED', 'RESUMED', 'EXTENDED')",
            TrainingJourney.COMPLETED,
            "select s.id, 'JOURNEY', min(e.occurred_at) from staff_account s join case_event e on e.actor = s.username"
                    + " where e.event_type in ('COMPLETED', 'REFUSED')",
            TrainingJourney.SENT,
            "select s.id, 'JOURNEY', min(m.created_at) from staff_account s join eaddress_message m on m.sent_by = s.username"
                    + " where 1 = 1",
            TrainingJourney.READ,
            "select s.id, 'JOURNEY', min(i.read_at) from staff_account s join eaddress_inbox_entry i on i.read_by = s.username"
                    + " where 1 = 1");

    /** The subject and text of the message a made-up client sends the sandbox, for the trainees to read. */
    private static final String FIRST_SUBJECT = "Jautājums par iesniegumu (mācību vēstule)";

    private static final String FIRST_BODY =
            "Labdien! Vai mans iesniegums ir saņemts? Lūdzu, atbildiet uz manu e-adresi."
                    + " (Šī ir mācību vides vēstule: to sūtījis izdomāts klients.)";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingMailboxes mailboxes;

    /** Resets a sandbox ({@link #reset}) and leaves the made-up client's first message in its mailbox again. */
    public int[] resetWithFirstMessage(long sandboxId) {
        long account = mailboxes.accountOf(sandboxId);
        int[] cleared = reset(sandboxId, account);
        firstMessage(account);
        return cleared;
    }

    /** The made-up clients' account ids, made on first use. */
    public List<Long> madeUpClients() {
        return MadeUpClient.ALL.stream()
                .map(c -> mailboxes.madeUpPerson(c.personalCode(), c.name()))
                .toList();
    }

    /** The first made-up client's message to the sandbox's account, for its trainees to read. */
    public void firstMessage(long sandboxAccountId) {
        mailboxes.write(madeUpClients().get(0), sandboxAccountId, FIRST_SUBJECT, FIRST_BODY);
    }

    /** Records the journeys the trainees of {@code sandboxId} have done that are not yet recorded. */
    public void capture(long sandboxId) {
        captureFor(sandboxId);
    }

    /** As {@link #capture}, for one sandbox or ({@code null}) every one: five statements either way. */
    private void captureFor(Long sandboxId) {
        for (Map.Entry<TrainingJourney, String> journey : DONE.entrySet()) {
            var insert = em.createNativeQuery("insert into training_journey (trainee_id, journey, done_at) "
                            + journey.getValue()
                                    .replace("JOURNEY", journey.getKey().name())
                            + (sandboxId == null ? "" : " and s.institution_id = :sandbox")
                            + " and s.trainee_of is not null"
                            + " and not exists (select 1 from training_journey j where j.trainee_id = s.id"
                            + " and j.journey = :journey) group by s.id")
                    .setParameter("journey", journey.getKey().name());
            if (sandboxId != null) {
                insert.setParameter("sandbox", sandboxId);
            }
            insert.executeUpdate();
        }
    }

    /**
     * The real institutions whose sandbox has trainees who have all done every journey their roles ask of them (just
     * {@code only}'s, when named): their staff are trained.
     */
    public Set<Long> trainedInstitutions(Long only) {
        Long sandboxOfOnly = only == null
                ? null
                : em.createQuery("select i.id from Institution i where i.trainingOf = :only", Long.class)
                        .setParameter("only", only)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (only != null && sandboxOfOnly == null) {
            return Set.of();
        }
        captureFor(sandboxOfOnly);
        Map<Long, Set<TrainingJourney>> done = new HashMap<>();
        var journeys = em.createNativeQuery("select j.trainee_id, j.journey from training_journey j"
                + (only == null
                        ? ""
                        : " join staff_account s on s.id = j.trainee_id where s.institution_id = :sandbox"));
        if (only != null) {
            journeys.setParameter("sandbox", sandboxOfOnly);
        }
        for (Object row : journeys.getResultList()) {
            Object[] r = (Object[]) row;
            done.computeIfAbsent(((Number) r[0]).longValue(), k -> EnumSet.noneOf(TrainingJourney.class))
                    .add(TrainingJourney.valueOf((String) r[1]));
        }
        var trainees = em.createQuery(
                "select distinct s from StaffAccount s join fetch s.institution left join fetch s.roles"
                        + " where s.traineeOf is not null" + (only == null ? "" : " and s.institution.id = :sandbox"),
                StaffAccount.class);
        if (only != null) {
            trainees.setParameter("sandbox", sandboxOfOnly);
        }
        // a sandbox's staff are trained when it has trainees and every one has done what their roles ask
        Map<Long, Boolean> bySandbox = new HashMap<>();
        for (StaffAccount t : trainees.getResultList()) {
            boolean theirs = done.getOrDefault(t.id(), Set.of()).containsAll(TrainingJourney.expectedOf(t.roles()));
            bySandbox.merge(t.institution().trainingOf(), theirs, Boolean::logicalAnd);
        }
        Set<Long> trained = new HashSet<>();
        bySandbox.forEach((real, all) -> {
            if (all) {
                trained.add(real);
            }
        });
        return trained;
    }

    /** A trainee's journeys done, and when. */
    public record Done(long traineeId, TrainingJourney journey, Instant at) {}

    /** The journeys done by the trainees of {@code sandboxId} (after {@link #capture}). */
    public List<Done> done(long sandboxId) {
        capture(sandboxId);
        List<Done> done = new ArrayList<>();
        for (Object row : em.createNativeQuery("select j.trainee_id, j.journey, j.done_at from training_journey j"
                        + " join staff_account s on s.id = j.trainee_id where s.institution_id = ?1")
                .setParameter(1, sandboxId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            done.add(new Done(((Number) r[0]).longValue(), TrainingJourney.valueOf((String) r[1]), instant(r[2])));
        }
        return done;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i
                ? i
                : value instanceof java.time.OffsetDateTime o
                        ? o.toInstant()
                        : ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * Clears the sandbox's work: its cases with everything recorded on them, the messages its account sent or
     * received (their deliveries, files, mailbox entries and notifications) and the bookings at its centres. The
     * trainees' journeys are captured first.
     *
     * @return how many cases and messages were cleared
     */
    public int[] reset(long sandboxId, long accountId) {
        capture(sandboxId);
        List<Long> cases = ids(
                "select id from service_case where handling_institution_id = ?1 or registering_institution_id = ?1",
                sandboxId);
        List<String> messages = strings(
                "select m.id from eaddress_message m where m.sender_account_id = ?1"
                        + " or exists (select 1 from eaddress_delivery d where d.message_id = m.id"
                        + " and d.recipient_account_id = ?1)",
                accountId);
        deleteAll(
                messages,
                "delete from eaddress_webhook_call where message_id in (?1)",
                "update kpi_report set message_id = null where message_id in (?1)",
                "delete from eaddress_case_request where message_id in (?1)",
                "delete from eaddress_case_result where message_id in (?1)",
                "delete from eaddress_inbox_entry where message_id in (?1)",
                "delete from eaddress_delivery where message_id in (?1)",
                "delete from eaddress_message_file where message_id in (?1)");
        deleteAll(
                cases,
                "update support_request set case_id = null where case_id in (?1)",
                "update eaddress_message set case_id = null where case_id in (?1)",
                "delete from eaddress_case_request where case_id in (?1)",
                "delete from eaddress_case_result where case_id in (?1)",
                "update eaddress_inbox_entry set case_id = null where case_id in (?1)",
                "delete from booking where case_id in (?1)",
                "delete from visit_rating where case_id in (?1)",
                "delete from case_fee_entry where case_id in (?1)",
                "delete from portal_submission where case_id in (?1)",
                "delete from case_document where case_id in (?1)",
                "delete from case_intake_value where case_id in (?1)",
                "delete from case_event where case_id in (?1)",
                "delete from service_case where id in (?1)");
        deleteAll(messages, "delete from eaddress_message where id in (?1)");
        em.createNativeQuery(
                        "delete from booking where centre_id in (select id from centre where municipality_id = ?1)")
                .setParameter(1, sandboxId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll(); // the rows went by SQL: no cached copy may outlive them
        return new int[] {cases.size(), messages.size()};
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, long parameter) {
        return ((List<Number>)
                        em.createNativeQuery(sql).setParameter(1, parameter).getResultList())
                .stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, long parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    /** Runs each statement for the ids, in the order given, 500 ids at a time. */
    private void deleteAll(List<?> ids, String... statements) {
        for (int i = 0; i < ids.size(); i += 500) {
            List<?> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            for (String sql : statements) {
                em.createNativeQuery(sql).setParameter(1, chunk).executeUpdate();
            }
        }
    }
}
