package dev.plugbay.bench.baseline;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.Micronaut;

/** A Micronaut server with one route, {@code GET /health}: what any Micronaut start costs here. */
@Controller("/health")
public class Baseline {

    public static void main(String[] args) {
        Micronaut.run(Baseline.class, args);
    }

    @Get
    String health() {
        return "{\"status\":\"UP\"}";
    }
}
