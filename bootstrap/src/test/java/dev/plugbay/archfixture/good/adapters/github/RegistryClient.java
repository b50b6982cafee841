package dev.plugbay.archfixture.good.adapters.github;

import io.micronaut.http.client.annotation.Client;

@Client("https://api.github.com")
public interface RegistryClient {
}
