package lv.pietura.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API call signed in with HTTP Basic opens no session. {@code @AutoApplySession} asks the container to
 * keep every successful sign-in in the session, which people need and a portal, signing in with each request,
 * does not: on a distributable web application each such session was made and removed again through the
 * cluster's session cache (a millisecond or two of every API call). This interceptor runs around
 * {@code @AutoApplySession}'s and withdraws the request to register a session for a Basic sign-in.
 */
@Interceptor
@NoSessionForApiCalls.Binding
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class NoSessionForApiCalls {

    /** Marks the authentication mechanism whose Basic sign-ins keep no session. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Binding {}

    /** The key of the JASPIC message map by which a module asks for the session (Jakarta Authentication). */
    static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @AroundInvoke
    Object withoutSessionForBasic(InvocationContext invocation) throws Exception {
        Object status = invocation.proceed();
        if (status == AuthenticationStatus.SUCCESS
                && invocation.getMethod().getName().equals("validateRequest")
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && StaffAuthentication.basicCredential(context.getRequest()) != null) {
            context.getMessageInfo().getMap().remove(REGISTER_SESSION);
        }
        return status;
    }
}
