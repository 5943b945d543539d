package lv.pietura.organisation;

import java.io.Serializable;
import java.util.Set;

/** A staff account to create, with the temporary password the holder must change at first sign-in. */
public record NewStaff(
        String username,
        String fullName,
        String email,
        long institutionId,
        Long centreId,
        Set<Role> roles,
        char[] temporaryPassword)
        implements Serializable {}
