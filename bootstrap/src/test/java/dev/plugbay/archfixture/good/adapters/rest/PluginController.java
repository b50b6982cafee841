package dev.plugbay.archfixture.good.adapters.rest;

import dev.plugbay.archfixture.good.application.port.in.ListPluginsUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

@Controller("/plugins")
public class PluginController {
    private final ListPluginsUseCase useCase;

    public PluginController(ListPluginsUseCase useCase) {
        this.useCase = useCase;
    }

    @Get
    public int count() {
        return useCase.list().size();
    }
}
