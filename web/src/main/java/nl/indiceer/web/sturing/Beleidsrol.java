package nl.indiceer.web.sturing;

import nl.indiceer.web.beveiliging.Rol;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;

/**
 * The steering pages are read by BELEID and AUDITOR (Beveiliging); entering a budget and trying a rulebook change is
 * the beleid role's alone. Refused with 403, as the security chain refuses.
 */
final class Beleidsrol {

    private Beleidsrol() {
    }

    static void vereist() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a.getAuthorities().stream().noneMatch(g -> Rol.BELEID.autoriteit().equals(g.getAuthority()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
