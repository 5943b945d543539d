package lv.pietura.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an API operation accepts, in bytes; {@link ApiGate} enforces it while the body
 * is read (413 as soon as it is exceeded, or at once when the declared length says so). An operation
 * without it accepts {@value ApiGate#DEFAULT_BODY_LIMIT} bytes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    long value();
}
