package lv.pietura.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records that belong to one institution (a case to its holder, a staff account, a service to its holder): a
 * list of them is read only within the caller's tenant scope. The architecture test holds every repository
 * to it: a page of such records is asked for with a {@code TenantScope}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InstitutionOwned {}
