package lv.pietura.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The step of the {@code audit-check} job: links what is unlinked, then checks the whole chain. */
@Named("auditChainCheck")
@Dependent
public class AuditChainCheck extends AbstractBatchlet {

    @Inject
    AuditChain chain;

    @Inject
    @BatchProperty
    String requestedBy;

    @Override
    public String process() {
        chain.linkUnlinked(true);
        AuditCheck check = chain.check(requestedBy == null || requestedBy.isBlank() ? "nightly" : requestedBy);
        return check.intact() ? "INTACT" : "BROKEN";
    }
}
