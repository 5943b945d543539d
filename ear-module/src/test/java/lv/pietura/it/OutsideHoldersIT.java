package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.pietura.cases.CaseEventType;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.CaseView;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.HolderAnswers;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.eaddress.CaseResult;
import lv.pietura.eaddress.DeliveryWorker;
import lv.pietura.eaddress.Message;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.Role;
import lv.pietura.shared.NotFound;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application for a holder outside Pietura (the demo's State Land Service, which has no agreement): registered at
 * the Ādaži centre, it goes to the holder's e-address as one message from Ādaži's, filed under the case; the
 * consultant of the centre records the holder's answer and the case closes as any other, its result on its way to
 * the client. A consultant of another centre cannot answer for it.
 */
@ExtendWith(ArquillianExtension.class)
class OutsideHoldersIT {

    private static final Set<String> CLERK = roles(Role.CLERK);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseQueries queries;

    @EJB
    HolderAnswers answers;

    @EJB
    DeliveryWorker worker;

    @Test
    void theApplicationGoesToTheHoldersEAddressAndTheCentreRecordsItsAnswer() {
        CaseRef registered = as(
                "adazi.clerk",
                CLERK,
                () -> registration.register(NewCase.of(
                                ClientKind.PERSON,
                                PersonalCodes.born("070770", 810),
                                "Zemes īpašnieks",
                                "VZD-KADASTRA-IZZINA",
                                CaseType.APPLICATION,
                                Channel.IN_PERSON,
                                Map.of(fieldCode(), "80440010123"))
                        .withContact("ipasnieks@example.lv", null)));
        long id = registered.id();
        List<Message> sent = world.inTransaction(
                () -> em.createQuery("select m from Message m join fetch m.sender where m.caseId = :c", Message.class)
                        .setParameter("c", id)
                        .getResultList());
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Pieteikums " + registered.number() + ":");
            assertThat(m.sender().name()).isEqualTo("Ādažu novada pašvaldība");
        });
        as("admin", roles(Role.PLATFORM_ADMIN), () -> worker.deliverNow());
        assertThat(world.count(
                        "select count(e) from InboxEntry e where e.message.caseId = ?1 and e.account.name = ?2",
                        id,
                        "Valsts zemes dienests"))
                .as("in the holder's mailbox")
                .isEqualTo(1);
        CaseView view = as("adazi.clerk", CLERK, () -> queries.get(id));
        assertThat(view.outsidePietura()).isTrue();
        assertThat(view.state()).isEqualTo(CaseState.NEW);
        assertThat(view.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(CaseEventType.SENT_TO_HOLDER));

        run(
                "cesis.clerk",
                CLERK,
                () -> assertThatThrownBy(() -> answers.completed(id, view.version(), "issued", "Izsniegta", List.of()))
                        .as("another centre's consultant: no such case")
                        .isInstanceOf(NotFound.class));
        run("adazi.clerk", CLERK, () -> answers.completed(id, view.version(), "issued", "Izziņa izsniegta", List.of()));
        CaseView answered = as("adazi.clerk", CLERK, () -> queries.get(id));
        assertThat(answered.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(answered.closedBy()).isEqualTo("adazi.clerk");
        assertThat(world.inTransaction(() -> em.find(CaseResult.class, id)))
                .as("the result goes to the client as for any case")
                .isNotNull();
    }

    /** The code of the demo cadastre certificate's one intake field. */
    private String fieldCode() {
        return world.inTransaction(() -> em.createQuery(
                        "select f.code from ServiceVersion v join v.intakeForm f where v.service.code = :s",
                        String.class)
                .setParameter("s", "VZD-KADASTRA-IZZINA")
                .setMaxResults(1)
                .getSingleResult());
    }
}
