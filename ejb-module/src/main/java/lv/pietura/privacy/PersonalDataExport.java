package lv.pietura.privacy;

import static lv.pietura.shared.RoleNames.DATA_PROTECTION_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.DataUsage;
import lv.pietura.cases.CaseDocument;
import lv.pietura.cases.CaseEvent;
import lv.pietura.cases.ServiceCase;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.Message;
import lv.pietura.eaddress.MessageFile;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PersonalCode;

/**
 * A person's request for their data (GDPR art. 15), answered by the data protection officer of an institution:
 * everything the officer's institution holds about a personal code in Pietura — the service cases of the person
 * that it handles or registered (the client's details, the intake, the documents, every step), the e-address
 * messages between the institution and the person, and when its staff used the person's data (from the audit
 * trail). Another institution's records are not the officer's to give. Every look and every export is audited.
 */
@Stateless
@RolesAllowed(DATA_PROTECTION_OFFICER)
public class PersonalDataExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    DataUsage usage;

    @Inject
    Clock clock;

    /** What an export would hold, counted, for the officer to see before producing it. */
    public record Summary(String personalCode, int cases, int messages, int uses) implements Serializable {}

    public Summary find(String personalCode) {
        String code = PersonalCode.of(personalCode, "personalCode").value();
        Caller caller = callers.current();
        Summary summary = new Summary(
                code,
                cases(code, caller.institutionId()).size(),
                messages(code, caller.institutionId()).size(),
                uses(code, caller.institutionId()).size());
        audit.record(
                caller.actor(),
                AuditAction.READ_PERSONAL_DATA,
                "PersonalDataExport",
                null,
                caller.institutionId(),
                "request for a person's data: " + summary.cases() + " cases, " + summary.messages() + " messages",
                code);
        return summary;
    }

    /** The export as JSON (UTF-8), audited as an export of the person's data. */
    public byte[] export(String personalCode) {
        String code = PersonalCode.of(personalCode, "personalCode").value();
        Caller caller = callers.current();
        long mine = caller.institutionId();
        Institution institution = em.find(Institution.class, mine);
        List<ServiceCase> cases = cases(code, mine);
        List<Message> messages = messages(code, mine);
        List<DataUsage.Use> uses = uses(code, mine);
        JsonArrayBuilder caseArray = Json.createArrayBuilder();
        cases.forEach(c -> caseArray.add(caseJson(c)));
        JsonArrayBuilder messageArray = Json.createArrayBuilder();
        messages.forEach(m -> messageArray.add(messageJson(m, code)));
        JsonArrayBuilder useArray = Json.createArrayBuilder();
        uses.forEach(u -> useArray.add(Json.createObjectBuilder()
                .add("at", u.at().toString())
                .add("action", u.action().name())
                .add("record", u.entityType())));
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("personalCode", code)
                .add("institution", institution.name().lv())
                .add(
                        "institutionRegistrationNumber",
                        institution.registrationNumber().value())
                .add("producedAt", clock.instant().toString())
                .add("producedBy", caller.username())
                .add("serviceCases", caseArray)
                .add("eAddressMessages", messageArray)
                .add("usesOfTheData", useArray);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = writers.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(export.build());
        }
        audit.record(
                caller.actor(),
                AuditAction.EXPORT,
                "PersonalDataExport",
                null,
                mine,
                "GDPR art. 15 export: " + cases.size() + " cases, " + messages.size() + " messages, " + uses.size()
                        + " uses",
                code);
        return out.toByteArray();
    }

    private List<ServiceCase> cases(String code, long institutionId) {
        return em.createQuery(
                        "select c from ServiceCase c where c.client.code = :code"
                                + " and (c.handlingInstitution.id = :mine or c.registeringInstitution.id = :mine)"
                                + " order by c.registeredAt",
                        ServiceCase.class)
                .setParameter("code", code)
                .setParameter("mine", institutionId)
                .getResultList();
    }

    /** The messages between the institution's e-address and the person's, both ways. */
    private List<Message> messages(String code, long institutionId) {
        List<Message> messages = new ArrayList<>(em.createQuery(
                        "select distinct d.message from Delivery d where d.recipient.kind = :person"
                                + " and d.recipient.identifier = :code and d.message.sender.institutionId = :mine",
                        Message.class)
                .setParameter("person", AccountKind.PERSON)
                .setParameter("code", code)
                .setParameter("mine", institutionId)
                .getResultList());
        messages.addAll(em.createQuery(
                        "select distinct d.message from Delivery d where d.message.sender.kind = :person"
                                + " and d.message.sender.identifier = :code and d.recipient.institutionId = :mine",
                        Message.class)
                .setParameter("person", AccountKind.PERSON)
                .setParameter("code", code)
                .setParameter("mine", institutionId)
                .getResultList());
        messages.sort(Comparator.comparing(Message::createdAt));
        return messages;
    }

    /** When the institution's staff used the person's data, from the audit trail, all of it. */
    private List<DataUsage.Use> uses(String code, long institutionId) {
        List<DataUsage.Use> uses = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            Page<DataUsage.Use> page = usage.of(code, PageRequest.of(first, PageRequest.MAX_SIZE));
            page.rows().stream().filter(u -> u.institutionId() == institutionId).forEach(uses::add);
            if (first + PageRequest.MAX_SIZE >= page.total()) {
                return uses;
            }
        }
    }

    private static JsonObjectBuilder caseJson(ServiceCase c) {
        JsonObjectBuilder intake = Json.createObjectBuilder();
        c.intake().forEach(intake::add);
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (CaseDocument d : c.documents()) {
            documents.add(Json.createObjectBuilder()
                    .add("name", d.name())
                    .add("type", d.mediaType())
                    .add("bytes", d.size())
                    .add("purpose", d.purpose().name())
                    .add("addedAt", d.addedAt().toString()));
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (CaseEvent e : c.events()) {
            JsonObjectBuilder event = Json.createObjectBuilder()
                    .add("type", e.type().name())
                    .add("at", e.occurredAt().toString());
            if (e.reason() != null) {
                event.add("reason", e.reason());
            }
            events.add(event);
        }
        JsonObjectBuilder client =
                Json.createObjectBuilder().add("name", nullToEmpty(c.client().name()));
        if (c.client().email() != null) {
            client.add("email", c.client().email());
        }
        if (c.client().phone() != null) {
            client.add("phone", c.client().phone());
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", c.number())
                .add("service", c.service().code())
                .add("serviceName", c.serviceVersion().name().lv())
                .add("handledBy", c.handlingInstitution().name().lv())
                .add("type", c.type().name())
                .add("channel", c.channel().name())
                .add("state", c.state().name())
                .add("registeredAt", c.registeredAt().toString())
                .add("client", client)
                .add("intake", intake)
                .add("documents", documents)
                .add("events", events);
        if (c.closedOn() != null) {
            json.add("closedOn", c.closedOn().toString());
        }
        return json;
    }

    private static JsonObjectBuilder messageJson(Message m, String code) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (MessageFile f : m.files()) {
            files.add(Json.createObjectBuilder().add("name", f.name()).add("bytes", f.size()));
        }
        boolean fromPerson = m.sender().kind() == AccountKind.PERSON
                && code.equals(m.sender().identifier());
        return Json.createObjectBuilder()
                .add("id", m.id())
                .add("direction", fromPerson ? "from the person" : "to the person")
                .add("subject", m.subject())
                .add("body", m.body())
                .add("createdAt", m.createdAt().toString())
                .add("files", files);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
