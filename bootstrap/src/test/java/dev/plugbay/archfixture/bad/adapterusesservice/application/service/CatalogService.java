package dev.plugbay.archfixture.bad.adapterusesservice.application.service;

public class CatalogService {
    public String list() {
        return "";
    }
}
