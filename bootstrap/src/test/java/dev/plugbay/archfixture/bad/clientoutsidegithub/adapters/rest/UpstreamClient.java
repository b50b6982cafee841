package dev.plugbay.archfixture.bad.clientoutsidegithub.adapters.rest;

@io.micronaut.http.client.annotation.Client("https://example.org")
public interface UpstreamClient {
}
