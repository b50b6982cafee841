package dev.plugbay.archfixture.bad.adapterusesadapter.adapters.github;

public class GitHubGateway {
    public String fetch() {
        return "";
    }
}
