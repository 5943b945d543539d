package lv.pietura.web.faces;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks backing-bean actions that call a facade: a refusal of the facade (a rule violation, a record
 * not found, a concurrent change) becomes localised messages on the page, which stays as it was.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FormAction {}
