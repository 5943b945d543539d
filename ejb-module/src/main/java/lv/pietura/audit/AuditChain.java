package lv.pietura.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The chain that makes the audit trail tamper-evident. Right after a transaction that recorded events
 * commits, its events are linked, in a short transaction of their own that holds the chain's head: each link
 * is the SHA-256 of the previous link's hash and the event's content ({@link AuditEvent#canonical}), so
 * changing or removing an event, or removing a link, breaks every check from there on ({@link #check}).
 * Linking after the commit keeps the head's lock out of the business transactions (no waiting on it while
 * they hold other locks); an event whose linking was lost (a server stopped between the two) is linked by
 * the sweep ({@link #linkUnlinked}) a few minutes later.
 */
@ApplicationScoped
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    private static final int BATCH = 1000;
    /** The sweep looks at events after the one linked this many links ago (the night's sweep at all). */
    private static final int RECENT_LINKS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLinker linker;

    /** The events a transaction recorded, announced once per transaction ({@link AuditLog}). */
    public static final class Recorded {

        private final java.util.List<Long> eventIds = new java.util.ArrayList<>();

        synchronized void add(long eventId) {
            eventIds.add(eventId);
        }

        synchronized List<Long> eventIds() {
            return List.copyOf(eventIds);
        }
    }

    void linkAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded recorded) {
        try {
            linker.link(recorded.eventIds());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit events " + recorded.eventIds() + " not linked now (the sweep will): " + e);
        }
    }

    /**
     * Links the events that have no link: those of the last {@value #RECENT_LINKS} links' time, or every one
     * ({@code all}, the night's sweep before its check). The number linked.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public int linkUnlinked(boolean all) {
        long floor = all
                ? 0
                : eventLinkedAt(em.find(AuditChainHead.class, AuditChainHead.ID).seq() - RECENT_LINKS);
        int linked = 0;
        List<Long> batch;
        do {
            batch = em.createQuery(
                            "select e.id from AuditEvent e where e.id > :floor"
                                    + " and not exists (select l.seq from AuditLink l where l.eventId = e.id) order by e.id",
                            Long.class)
                    .setParameter("floor", floor)
                    .setMaxResults(BATCH)
                    .getResultList();
            linker.link(batch);
            linked += batch.size();
            if (!batch.isEmpty()) {
                floor = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH);
        return linked;
    }

    private long eventLinkedAt(long seq) {
        return seq < 1
                ? 0
                : em.createQuery("select l.eventId from AuditLink l where l.seq = :seq", Long.class)
                        .setParameter("seq", seq)
                        .getResultStream()
                        .findFirst()
                        .orElse(0L);
    }

    /**
     * Checks the whole chain from its first link: each link must follow the one before (its place and its
     * previous hash), its event must exist, and the event's content must give the link's hash; the last link
     * must be the head. Stops at the first link that does not hold and names it.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public AuditCheck check(String requestedBy) {
        AuditCheck check = linker.started(requestedBy);
        long seq = 0;
        String hash = GENESIS;
        long checked = 0;
        Long brokenSeq = null;
        Long brokenEvent = null;
        AuditCheck.Problem problem = null;
        walk:
        while (true) {
            List<Object[]> rows = em.createQuery(
                            "select l, e from AuditLink l left join AuditEvent e on e.id = l.eventId"
                                    + " where l.seq > :after order by l.seq",
                            Object[].class)
                    .setParameter("after", seq)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Object[] row : rows) {
                AuditLink link = (AuditLink) row[0];
                AuditEvent event = (AuditEvent) row[1];
                if (link.seq() != seq + 1 || !link.prevHash().equals(hash)) {
                    problem = AuditCheck.Problem.CHAIN_BROKEN;
                } else if (event == null) {
                    problem = AuditCheck.Problem.EVENT_MISSING;
                } else if (!hash(link.prevHash(), event).equals(link.hash())) {
                    problem = AuditCheck.Problem.EVENT_CHANGED;
                }
                if (problem != null) {
                    brokenSeq = link.seq();
                    brokenEvent = link.eventId();
                    break walk;
                }
                seq = link.seq();
                hash = link.hash();
                checked++;
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (problem == null && (head.seq() != seq || !head.hash().equals(hash))) {
            problem = AuditCheck.Problem.CHAIN_BROKEN; // links at the end are gone
            brokenSeq = seq + 1;
        }
        long unlinked = em.createQuery(
                        "select count(e) from AuditEvent e"
                                + " where not exists (select l.seq from AuditLink l where l.eventId = e.id)",
                        Long.class)
                .getSingleResult();
        return linker.finished(check.id(), checked, unlinked, brokenSeq, brokenEvent, problem, hash);
    }

    /** The hash of a link: SHA-256 over the previous link's hash and the event's content. */
    static String hash(String previous, AuditEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '|');
            sha.update(event.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
