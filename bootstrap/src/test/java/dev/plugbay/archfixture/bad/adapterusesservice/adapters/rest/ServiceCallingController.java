package dev.plugbay.archfixture.bad.adapterusesservice.adapters.rest;

import dev.plugbay.archfixture.bad.adapterusesservice.application.service.CatalogService;

public class ServiceCallingController {
    private final CatalogService service = new CatalogService();

    public String list() {
        return service.list();
    }
}
