package lv.pietura.web.faces;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import lv.pietura.shared.PieturaException;

@FormAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class FormActionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object showRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (PieturaException refusal) {
            FacesMessages.show(refusal);
            return null;
        }
    }
}
