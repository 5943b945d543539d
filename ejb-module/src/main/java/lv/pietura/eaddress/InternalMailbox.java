package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lv.pietura.shared.PersonalCode;

/**
 * The e-address as a mailbox system inside Pietura's own database: the default gateway. Delivering is
 * placing the message in the recipient's mailbox, once.
 */
@ApplicationScoped
public class InternalMailbox implements EAddressGateway {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientRequests clientRequests;

    @Inject
    WebhookCalls webhooks;

    @Inject
    Clock clock;

    /** The most of a search text, and of its words, that a search uses. */
    private static final int SEARCH_TEXT_MAX = 200;

    private static final int SEARCH_WORDS_MAX = 8;

    @Inject
    AccountRepository accounts;

    @Override
    public List<Addressee> searchAddressee(String query, int max, boolean training) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > SEARCH_TEXT_MAX) {
            text = text.substring(0, SEARCH_TEXT_MAX); // a name is never longer; a longer text only costs the database
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (PersonalCode.isValid(text)) {
            return em.createQuery(
                            "select a from EAddressAccount a where a.kind = :person and a.identifier = :code"
                                    + " and a.training = :training",
                            EAddressAccount.class)
                    .setParameter("person", AccountKind.PERSON)
                    .setParameter("training", training)
                    .setParameter("code", PersonalCode.of(text).value())
                    .getResultStream()
                    .map(InternalMailbox::addressee)
                    .toList();
        }
        String number = digits.startsWith("_DEFAULT@") ? digits.substring(9) : digits.replace("_default@", "");
        if (number.matches("\\d{1,11}")) {
            // the numbers from the prefix up to the next prefix of its length: the identifier's b-tree gives them
            // in order (digits order alike in every collation); "like" stays the rule
            String after = nextPrefix(number);
            var found = em.createQuery(
                            "select a from EAddressAccount a where a.kind <> :person and a.closedOn is null"
                                    + " and a.training = :training and a.identifier >= :from"
                                    + (after == null ? "" : " and a.identifier < :after")
                                    + " and a.identifier like :prefix order by a.identifier",
                            EAddressAccount.class)
                    .setParameter("person", AccountKind.PERSON)
                    .setParameter("from", number)
                    .setParameter("prefix", number + "%")
                    .setParameter("training", training);
            if (after != null) {
                found.setParameter("after", after);
            }
            return found.setMaxResults(max)
                    .getResultStream()
                    .map(InternalMailbox::addressee)
                    .toList();
        }
        StringBuilder jpql = new StringBuilder(
                "select a from EAddressAccount a where a.kind <> :person and a.kind <> :platform and a.closedOn is null"
                        + " and a.training = :training");
        String[] all = EAddressAccount.searchable(text).split("\\s+");
        String[] words = Arrays.copyOf(all, Math.min(all.length, SEARCH_WORDS_MAX)); // as the catalogue's search
        for (int i = 0; i < words.length; i++) {
            jpql.append(" and a.searchName like :w").append(i).append(" escape '!'");
        }
        var found = em.createQuery(jpql.append(" order by a.searchName").toString(), EAddressAccount.class)
                .setParameter("person", AccountKind.PERSON)
                .setParameter("platform", AccountKind.PLATFORM)
                .setParameter("training", training);
        for (int i = 0; i < words.length; i++) {
            found.setParameter(
                    "w" + i,
                    "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return found.setMaxResults(max)
                .getResultStream()
                .map(InternalMailbox::addressee)
                .toList();
    }

    /** The smallest number of the prefix's length after it ("4009" after "4008", "41" after "409"), or none. */
    static String nextPrefix(String digits) {
        int last = digits.length() - 1;
        while (last >= 0 && digits.charAt(last) == '9') {
            last--;
        }
        return last < 0 ? null : digits.substring(0, last) + (char) (digits.charAt(last) + 1);
    }

    @Override
    public void send(Outgoing outgoing) {
        Message message = em.find(Message.class, outgoing.messageId());
        EAddressAccount recipient = account(outgoing.recipientAddress())
                .orElseThrow(() -> new NotDelivered("no such e-address: " + outgoing.recipientAddress()));
        if (message == null) {
            throw new NotDelivered("no such message: " + outgoing.messageId());
        }
        if (!recipient.activated()) {
            throw new NotDelivered("the e-address " + recipient.displayAddress() + " is not activated");
        }
        boolean already = !em.createQuery(
                        "select e.id from InboxEntry e where e.message = :m and e.account = :a", Long.class)
                .setParameter("m", message)
                .setParameter("a", recipient)
                .getResultList()
                .isEmpty();
        if (!already) {
            InboxEntry entry = new InboxEntry(message, recipient, clock.instant());
            em.persist(entry);
            clientRequests.arrived(entry);
            webhooks.arrived(entry);
        }
    }

    @Override
    public Optional<String> fetchNext(String accountAddress) {
        return account(accountAddress)
                .flatMap(a -> em.createQuery(
                                "select e.message.id from InboxEntry e where e.account = :a and e.readAt is null order by e.arrivedAt, e.id",
                                String.class)
                        .setParameter("a", a)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst());
    }

    @Override
    public void confirm(String accountAddress, String messageId) {
        account(accountAddress)
                .ifPresent(a -> em.createQuery(
                                "select e from InboxEntry e where e.account = :a and e.message.id = :m",
                                InboxEntry.class)
                        .setParameter("a", a)
                        .setParameter("m", messageId)
                        .getResultStream()
                        .findFirst()
                        .ifPresent(e -> e.read(accountAddress, clock.instant())));
    }

    private Optional<EAddressAccount> account(String address) {
        return accounts.byAddress(address);
    }

    private static Addressee addressee(EAddressAccount a) {
        return new Addressee(a.address(), a.kind(), a.name(), a.activated());
    }
}
