package lv.pietura.it.support;

import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Test classes that use the application from outside ({@code @Deployment(testable = false)}, the browser journeys,
 * the API's bad-input suite, the authorisation matrix) all deploy the same EAR as built, and the in-container
 * classes all deploy the same EAR with one test module holding all of them ({@link Deployments#inContainer()}).
 * Deploying and undeploying it for each class costs 5-6 s; this extension leaves a deployment in place after a
 * class and lets the next class with the same archive use it (its address included), so it is deployed once for
 * a run of such classes (failsafe runs the classes in name order: the in-container ones of {@code lv.pietura.it},
 * then those of {@code lv.pietura.it.browser}). Any other deployment first undeploys it; the container's stop
 * does too. Two archives are the same when they have the same name and the same entries: all of them come from
 * the one file the build made, which does not change during a run, and the test classes compiled before it.
 */
public final class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The deployment left in place: its container, archive, entries and the address the container gave it. */
    private record Kept(
            DeployableContainer<?> container, Archive<?> archive, Set<String> entries, ProtocolMetaData metaData) {}

    public static final class Keeper {

        private static Kept kept;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaData;

        /** Inside the deployment's context (precedence below the context handler's): reuse, or make room. */
        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment next = event.getDeployment();
            DeploymentDescription nextDescription = next.getDescription();
            if (kept != null && shareable(nextDescription) && sameAs(kept, deployed(nextDescription))) {
                description.set(nextDescription);
                deployment.set(next);
                metaData.set(kept.metaData());
                next.deployed();
                return;
            }
            release();
            context.proceed();
        }

        /** A shareable deployment stays; its address is remembered for the next class. */
        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) throws Exception {
            UnDeployDeployment event = context.getEvent();
            Deployment done = event.getDeployment();
            DeploymentDescription doneDescription = done.getDescription();
            ProtocolMetaData address = metaData.get();
            if (shareable(doneDescription) && !done.hasDeploymentError() && address != null) {
                Archive<?> archive = deployed(doneDescription);
                kept = new Kept(event.getDeployableContainer(), archive, entries(archive), address);
                done.undeployed();
                return;
            }
            context.proceed();
        }

        public void stop(@Observes BeforeStop event) throws Exception {
            release();
        }

        private static void release() throws Exception {
            if (kept != null) {
                Kept leaving = kept;
                kept = null;
                leaving.container().undeploy(leaving.archive());
            }
        }

        private static boolean shareable(DeploymentDescription description) {
            return description.isArchiveDeployment() && deployed(description) != null;
        }

        /** The archive the container is given: for an in-container test, the one Arquillian packaged from it. */
        private static Archive<?> deployed(DeploymentDescription description) {
            return description.testable() ? description.getTestableArchive() : description.getArchive();
        }

        private static boolean sameAs(Kept kept, Archive<?> archive) {
            return kept.archive().getName().equals(archive.getName())
                    && kept.entries().equals(entries(archive));
        }

        private static Set<String> entries(Archive<?> archive) {
            Set<String> entries = new TreeSet<>();
            archive.getContent().keySet().forEach(path -> entries.add(path.get()));
            return entries;
        }
    }
}
