package lv.pietura.eaddress;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes a chunk of register entries in the chunk's transaction: companies new to the catalogue are added (not
 * activated: their holders activate them), a changed name is updated, a company the Register closed is marked
 * closed and deactivated (nobody can write to it from then on; what arrived stays its holder's), one it opened
 * again is no longer closed; an unchanged one is not written at all, so a second import of the same file writes
 * nothing but its counts. Bad lines are kept with their reasons, the first {@link RegisterProblem#KEPT}.
 *
 * <p>JDBC, not JPA: the import runs over two million rows against a goal of a third of PostgreSQL's COPY (see
 * benchmarks/README.md); one query finds the chunk's companies, one batch inserts and one updates.
 */
@Dependent
@Named("registerWriter")
public class RegisterWriter extends AbstractItemWriter {

    /**
     * How much of new names' trigrams the index keeps in its pending list before it merges them (PostgreSQL's default
     * is 4 MB): for the chunks' transactions only. What is left is merged by the next vacuum (autovacuum after many
     * inserts); a search reads the list meanwhile.
     */
    static final String GIN_PENDING_LIST = "64MB";

    /**
     * PostgreSQL's settings for a chunk's transaction: the pending list above; each statement planned for the
     * catalogue as it is now (an import grows it from a few companies to millions, faster than its statistics: a
     * plan kept from the first chunks read every company written since, for every chunk); no JIT compilation (the
     * chunk's statements are simple, and their estimated cost over twenty thousand rows made PostgreSQL compile
     * each).
     */
    private static final List<String> CHUNK_SETTINGS = List.of(
            "gin_pending_list_limit = '" + GIN_PENDING_LIST + "'", "plan_cache_mode = force_custom_plan", "jit = off");

    private static final Logger LOG = Logger.getLogger(RegisterWriter.class.getName());

    @Resource(lookup = "java:jboss/datasources/PieturaDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    private long problemsKept;

    /** Whether the catalogue is on PostgreSQL (its own statements and settings), as the step found it. */
    private boolean postgreSql;

    /** A company as the catalogue has it. */
    private record Known(long id, String name, LocalDate closedOn) {}

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from register_import_problem where import_id = ?")) {
            postgreSql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            count.setLong(1, job.getInstanceId());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                problemsKept = rows.getLong(1);
            }
        }
    }

    /**
     * The step is over (done or stopped): on PostgreSQL the names' trigram index merges what its pending list still
     * holds, in bulk, so that searches do not read the list. Not merged (the database busy or refusing): the next
     * vacuum merges it; the import is not the worse for it.
     */
    @Override
    public void close() {
        if (!postgreSql) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement merge = connection.createStatement()) {
            merge.execute("select gin_clean_pending_list('eaddress_account_search_trgm_ix')");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The names' index keeps the import's new names in its pending list", e);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        List<RegisterFormat.Company> companies = new ArrayList<>(items.size());
        List<RegisterFormat.Bad> bad = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof RegisterFormat.Company company) {
                companies.add(company);
            } else {
                bad.add((RegisterFormat.Bad) item);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            if (postgreSql) {
                try (Statement local = connection.createStatement()) {
                    for (String setting : CHUNK_SETTINGS) {
                        local.execute("set local " + setting);
                    }
                }
            }
            Map<String, Known> known = known(connection, companies);
            List<RegisterFormat.Company> added = new ArrayList<>();
            List<Map.Entry<Known, RegisterFormat.Company>> changed = new ArrayList<>();
            long closed = 0;
            for (RegisterFormat.Company company : companies) {
                Known was = known.get(company.regcode());
                if (was == null) {
                    added.add(company);
                } else if (!was.name().equals(company.name()) || !Objects.equals(was.closedOn(), company.closedOn())) {
                    changed.add(Map.entry(was, company));
                    if (was.closedOn() == null && company.closedOn() != null) {
                        closed++;
                    }
                }
            }
            insert(connection, added);
            update(connection, changed);
            keep(connection, bad);
            RegisterReader.Position at = (RegisterReader.Position) step.getTransientUserData();
            try (PreparedStatement counts = connection.prepareStatement("update register_import set bytes_read = ?,"
                    + " lines_read = ?, created = created + ?, updated = updated + ?, closed = closed + ?,"
                    + " unchanged = unchanged + ?, bad = bad + ? where id = ?")) {
                counts.setLong(1, at.offset());
                counts.setLong(2, Math.max(0, at.line() - 2));
                counts.setLong(3, added.size());
                counts.setLong(4, changed.size() - closed);
                counts.setLong(5, closed);
                counts.setLong(6, companies.size() - added.size() - changed.size());
                counts.setLong(7, bad.size());
                counts.setLong(8, job.getInstanceId());
                counts.executeUpdate();
            }
        }
    }

    private Map<String, Known> known(Connection connection, List<RegisterFormat.Company> companies)
            throws SQLException {
        Map<String, Known> known = new HashMap<>(companies.size() * 2);
        if (companies.isEmpty()) {
            return known;
        }
        Array numbers = connection.createArrayOf(
                "varchar",
                companies.stream().map(RegisterFormat.Company::regcode).toArray());
        // On PostgreSQL each number looked up by itself in the index: with "identifier = any (?)" the planner, its
        // statistics those of a catalogue of few companies, read every company the import had already written, for
        // every chunk (a first import into such a catalogue took 96 s instead of 36 s)
        try (PreparedStatement find = connection.prepareStatement(
                postgreSql
                        ? "select a.id, a.identifier, a.name, a.closed_on from unnest(?::varchar[]) as c (code)"
                                + " cross join lateral (select e.id, e.identifier, e.name, e.closed_on from eaddress_account e"
                                + " where e.kind = 'COMPANY' and e.identifier = c.code limit 1) a"
                        : "select id, identifier, name, closed_on from eaddress_account"
                                + " where kind = 'COMPANY' and identifier = any (?)")) {
            find.setArray(1, numbers);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    Date closedOn = rows.getDate(4);
                    known.put(
                            rows.getString(2),
                            new Known(
                                    rows.getLong(1),
                                    rows.getString(3),
                                    closedOn == null ? null : closedOn.toLocalDate()));
                }
            }
        } finally {
            numbers.free();
        }
        return known;
    }

    private void insert(Connection connection, List<RegisterFormat.Company> added) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        // each id a value of the sequence of its own: Hibernate's pooled ids (blocks of 50 below or above a value
        // it drew) never meet one drawn here
        if (!postgreSql) {
            try (PreparedStatement insert = connection.prepareStatement("insert into eaddress_account (id, version,"
                    + " kind, identifier, name, search_name, activated, created_at, closed_on)"
                    + " values (next value for eaddress_account_seq, 0, 'COMPANY', ?, ?, ?, false, ?, ?)")) {
                for (RegisterFormat.Company company : added) {
                    insert.setString(1, company.regcode());
                    insert.setString(2, company.name());
                    insert.setString(3, EAddressAccount.searchable(company.name()));
                    insert.setTimestamp(4, now);
                    insert.setDate(5, company.closedOn() == null ? null : Date.valueOf(company.closedOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return;
        }
        // PostgreSQL: the chunk's companies as four arrays in one statement, not one statement a row; the names'
        // trigram index (GIN) takes them into its pending list and merges the list in bulk, not name by name
        int size = added.size();
        Object[] codes = new Object[size];
        Object[] names = new Object[size];
        Object[] searchNames = new Object[size];
        Object[] closedOn = new Object[size];
        for (int i = 0; i < size; i++) {
            RegisterFormat.Company company = added.get(i);
            codes[i] = company.regcode();
            names[i] = company.name();
            searchNames[i] = EAddressAccount.searchable(company.name());
            closedOn[i] = company.closedOn() == null ? null : Date.valueOf(company.closedOn());
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into eaddress_account (id, version, kind,"
                + " identifier, name, search_name, activated, created_at, closed_on)"
                + " select nextval('eaddress_account_seq'), 0, 'COMPANY', t.code, t.name, t.search_name, false, ?,"
                + " t.closed_on from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[])"
                + " as t (code, name, search_name, closed_on)")) {
            insert.setTimestamp(1, now);
            insert.setArray(2, connection.createArrayOf("varchar", codes));
            insert.setArray(3, connection.createArrayOf("varchar", names));
            insert.setArray(4, connection.createArrayOf("varchar", searchNames));
            insert.setArray(5, connection.createArrayOf("date", closedOn));
            insert.executeUpdate();
        }
    }

    /** A closed company is deactivated and its alerts stop, as {@link EAddressAccount#deactivate()} does. */
    private static void update(Connection connection, List<Map.Entry<Known, RegisterFormat.Company>> changed)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update eaddress_account set name = ?,"
                + " search_name = ?, closed_on = ?, version = version + 1,"
                + " activated = case when ? then false else activated end,"
                + " activated_at = case when ? then null else activated_at end,"
                + " notify_email = case when ? then null else notify_email end,"
                + " alerts_pending_email = case when ? then null else alerts_pending_email end,"
                + " alerts_token_hash = case when ? then null else alerts_token_hash end,"
                + " alerts_token_expires_at = case when ? then null else alerts_token_expires_at end"
                + " where id = ?")) {
            for (Map.Entry<Known, RegisterFormat.Company> change : changed) {
                RegisterFormat.Company company = change.getValue();
                boolean closing = company.closedOn() != null;
                update.setString(1, company.name());
                update.setString(2, EAddressAccount.searchable(company.name()));
                update.setDate(3, closing ? Date.valueOf(company.closedOn()) : null);
                for (int i = 4; i <= 9; i++) {
                    update.setBoolean(i, closing);
                }
                update.setLong(10, change.getKey().id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void keep(Connection connection, List<RegisterFormat.Bad> bad) throws SQLException {
        int room = (int) Math.max(0, Math.min(bad.size(), RegisterProblem.KEPT - problemsKept));
        if (room == 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into register_import_problem (import_id, line_no, reason, detail) values (?, ?, ?, ?)")) {
            for (RegisterFormat.Bad line : bad.subList(0, room)) {
                insert.setLong(1, job.getInstanceId());
                insert.setLong(2, line.line());
                insert.setString(3, line.reason());
                insert.setString(4, line.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        problemsKept += room;
    }
}
