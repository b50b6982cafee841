package dev.plugbay.archfixture.bad.adapterusesadapter.adapters.rest;

import dev.plugbay.archfixture.bad.adapterusesadapter.adapters.github.GitHubGateway;

public class RegistryController {
    public String sync(GitHubGateway gateway) {
        return gateway.fetch();
    }
}
