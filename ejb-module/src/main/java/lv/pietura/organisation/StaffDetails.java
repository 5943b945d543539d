package lv.pietura.organisation;

import java.io.Serializable;
import java.util.Set;

/** What an administrator may change about an existing account. The institution never changes. */
public record StaffDetails(String fullName, String email, Long centreId, Set<Role> roles) implements Serializable {}
