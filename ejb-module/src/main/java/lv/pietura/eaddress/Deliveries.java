package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;
import lv.pietura.shared.Slice;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The deliveries of messages as the facades read them: counted and paged by the database, never loaded
 * whole, because a bulk message has one per recipient.
 */
@ApplicationScoped
class Deliveries {

    @PersistenceContext
    EntityManager em;

    /**
     * One delivery of a stored {@code message} to each activated account among {@code identifiers} (personal
     * codes, registration numbers), in the list's order, the sender itself left out: one INSERT ... SELECT
     * that joins the list (an array parameter) to the accounts, so a bulk message to 100 000 addressees
     * neither loads 100 000 accounts nor persists 100 000 entities. Ids come from the deliveries' own
     * sequence, one value per row, so they never meet the blocks Hibernate takes from it.
     * <p>
     * The accounts are first narrowed to the listed ones ({@code identifier = any(list)}) and only then joined
     * to the list for its order: joined directly, PostgreSQL hashes all 2 000 000 accounts of the catalogue to
     * probe them with 100 000 codes, a fifth more time for the whole statement (2.5 s against 2.1 s on the
     * benchmark's data).
     *
     * @return how many deliveries were written
     */
    int addActivated(Message message, EAddressAccount sender, Collection<String> identifiers, Instant now) {
        Session session = em.unwrap(Session.class);
        session.flush(); // the message row first: the deliveries refer to it
        String nextId = session.getFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSelectSequenceNextValString("eaddress_delivery_seq");
        String sql = "insert into eaddress_delivery (id, version, message_id, position, recipient_account_id, status,"
                + " attempts, next_attempt_at)"
                + " select " + nextId + ", 0, ?, cast(t.pos as integer) - 1, a.id, ?, 0, ?"
                + " from unnest(?) with ordinality as t(identifier, pos)"
                + " join (select id, identifier from eaddress_account"
                + " where identifier = any(?) and activated = true and id <> ? and training = ?) a"
                + " on a.identifier = t.identifier";
        return session.doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, message.id());
                insert.setString(2, DeliveryStatus.CREATED.name());
                insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                Array list = connection.createArrayOf("varchar", new LinkedHashSet<>(identifiers).toArray());
                insert.setArray(4, list);
                insert.setArray(5, list);
                insert.setLong(6, sender.id());
                insert.setBoolean(7, sender.training()); // a sandbox writes to its made-up clients alone, as one to one
                return insert.executeUpdate();
            }
        });
    }

    /** The read receipt the sender sees: the recipient's delivery records when it was first opened. */
    void markRead(Message message, EAddressAccount recipient, Instant at) {
        em.createQuery("select d from Delivery d where d.message = :m and d.recipient = :a", Delivery.class)
                .setParameter("m", message)
                .setParameter("a", recipient)
                .getResultStream()
                .findFirst()
                .ifPresent(d -> d.read(at));
    }

    MessageView.Progress progress(Message message) {
        return progress(List.of(message.id()))
                .getOrDefault(message.id(), new Summary(0, 0, 0, 0, 0, 0))
                .progress();
    }

    /** Counts by status per message. */
    record Summary(long total, long created, long sending, long delivered, long failed, long read) {

        MessageView.Progress progress() {
            return new MessageView.Progress(total, created + sending, delivered, failed, read);
        }

        /** The status a list shows for the whole message: the least advanced of its deliveries. */
        DeliveryStatus worst() {
            return failed > 0
                    ? DeliveryStatus.FAILED
                    : created > 0
                            ? DeliveryStatus.CREATED
                            : sending > 0 ? DeliveryStatus.SENDING : DeliveryStatus.DELIVERED;
        }
    }

    Map<String, Summary> progress(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Summary> summaries = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select d.message.id, count(d),"
                                + " sum(case when d.status = :created then 1 else 0 end),"
                                + " sum(case when d.status = :sending then 1 else 0 end),"
                                + " sum(case when d.status = :delivered then 1 else 0 end),"
                                + " sum(case when d.status = :failed then 1 else 0 end),"
                                + " sum(case when d.readAt is not null then 1 else 0 end)"
                                + " from Delivery d where d.message.id in :ids group by d.message.id",
                        Object[].class)
                .setParameter("created", DeliveryStatus.CREATED)
                .setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("delivered", DeliveryStatus.DELIVERED)
                .setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("ids", messageIds)
                .getResultList()) {
            summaries.put(
                    (String) row[0],
                    new Summary(
                            number(row[1]),
                            number(row[2]),
                            number(row[3]),
                            number(row[4]),
                            number(row[5]),
                            number(row[6])));
        }
        return summaries;
    }

    /**
     * Sent messages as a list shows them: each with its delivery counts, read in one query for the slice, and
     * the recipient's name where there is one recipient, read in a second query for those messages only (in
     * the counting query the join to the accounts cost a bulk message of 100 000 recipients 150 ms instead of
     * 18 ms on every page that listed it).
     */
    Slice<Mailboxes.Row> sentRows(Slice<Message> sent) {
        Map<String, Summary> summaries =
                progress(sent.rows().stream().map(Message::id).toList());
        List<String> toOne = summaries.entrySet().stream()
                .filter(e -> e.getValue().total() == 1)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, String> names = toOne.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select d.message.id, r.name from Delivery d join d.recipient r where d.message.id in :ids",
                                Object[].class)
                        .setParameter("ids", toOne)
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
        return sent.map(m -> {
            Summary summary = summaries.get(m.id());
            return new Mailboxes.Row(
                    m.id(),
                    m.subject(),
                    names.get(m.id()),
                    (int) summary.total(),
                    m.createdAt(),
                    summary.read() == summary.total(),
                    m.files().size(),
                    summary.worst(),
                    null,
                    null,
                    false);
        });
    }

    /** The recipients of a message, a page at a time, failed ones first when asked. */
    Page<MessageView.RecipientView> recipients(Message message, DeliveryStatus only, PageRequest page) {
        Page<Delivery> deliveries = PagedQuery.of(em, Delivery.class, "d", "Delivery d")
                .where("d.message = :m", "m", message)
                .where("d.status = :status", "status", only)
                .orderBy("d.position")
                .page(page);
        Map<Long, InboxEntry> arrived = deliveries.rows().isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select e from InboxEntry e where e.message = :m and e.account in :accounts",
                                InboxEntry.class)
                        .setParameter("m", message)
                        .setParameter(
                                "accounts",
                                deliveries.rows().stream()
                                        .map(Delivery::recipient)
                                        .toList())
                        .getResultStream()
                        .collect(Collectors.toMap(e -> e.account().id(), Function.identity()));
        return deliveries.map(d -> {
            InboxEntry entry = arrived.get(d.recipient().id());
            return new MessageView.RecipientView(
                    d.recipient().displayAddress(),
                    d.recipient().name(),
                    d.status(),
                    d.attempts(),
                    d.failure(),
                    d.deliveredAt(),
                    d.readAt(),
                    entry == null ? null : entry.alertStatus(),
                    entry == null ? null : entry.alertFailure());
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
