package dev.plugbay.bootstrap;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.TreeSet;

/** Test-only routes behind the real security configuration. */
@Controller("/api/test")
@Produces(MediaType.TEXT_PLAIN)
class WhoAmIController {

    @Get("/whoami")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    String whoami(Authentication authentication) {
        return authentication.getName() + " " + new TreeSet<>(authentication.getRoles());
    }

    @Get("/admin")
    @Secured("ADMIN")
    String admin(Authentication authentication) {
        return "admin " + authentication.getName();
    }
}
