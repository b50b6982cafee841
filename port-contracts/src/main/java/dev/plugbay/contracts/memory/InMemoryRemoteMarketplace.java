package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.host.RemoteMarketplace;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.PayloadTooLargeException;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import dev.plugbay.domain.error.UrlNotAllowedException;
import dev.plugbay.domain.json.JsonReader;
import dev.plugbay.domain.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web of answers that tests put at URLs, behind an allowlist of hosts: an allowed URL with no
 * answer is unreachable. Every fetch is counted, so a test can see what was cached.
 */
public final class InMemoryRemoteMarketplace implements RemoteMarketplace {

    /** What a URL answers: a status and a body, or a failure (a timeout, a refused address). */
    private record Answer(int status, byte[] body, Optional<RuntimeException> failure) {
    }

    private final Set<String> allowedHosts;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

    public InMemoryRemoteMarketplace(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    public InMemoryRemoteMarketplace serve(String url, byte[] body) {
        answers.put(url, new Answer(200, body.clone(), Optional.empty()));
        return this;
    }

    public InMemoryRemoteMarketplace serve(String url, String body) {
        return serve(url, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The URL answers this status (a 3xx is a redirect, never followed). */
    public InMemoryRemoteMarketplace answer(String url, int status) {
        answers.put(url, new Answer(status, new byte[0], Optional.empty()));
        return this;
    }

    /** Fetching the URL fails so, as only a real network can (a timeout, an address the guard refuses). */
    public InMemoryRemoteMarketplace fail(String url, RuntimeException failure) {
        answers.put(url, new Answer(0, new byte[0], Optional.of(failure)));
        return this;
    }

    /** The URL no longer answers: it is unreachable. */
    public InMemoryRemoteMarketplace takeDown(String url) {
        answers.remove(url);
        return this;
    }

    /** Fetches of every URL. */
    public int fetches() {
        return fetches.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int fetches(String url) {
        return fetches.getOrDefault(url, new AtomicInteger()).get();
    }

    @Override
    public void requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw new UrlNotAllowedException("URL not allowed: the URL is malformed");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new UrlNotAllowedException("URL not allowed: only http and https URLs may be fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UrlNotAllowedException("URL not allowed: the URL must not carry userinfo");
        }
        if (!allowedHosts.contains(uri.getHost())) {
            throw new UrlNotAllowedException("URL not allowed: host not allowed: " + uri.getHost());
        }
    }

    @Override
    public JsonValue registry(String url) {
        byte[] body = fetch(url, MAX_REGISTRY_BYTES);
        try {
            return JsonReader.parse(new String(body, StandardCharsets.UTF_8));
        } catch (InvalidRequestException garbage) {
            throw new UpstreamUnavailableException("The registry at " + url + " is not valid JSON: " + garbage.getMessage());
        }
    }

    @Override
    public byte[] archive(String url, long maxBytes) {
        return fetch(url, maxBytes);
    }

    private byte[] fetch(String url, long maxBytes) {
        requireAllowed(url);
        fetches.computeIfAbsent(url, key -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.get(url);
        if (answer == null) {
            throw new UpstreamUnavailableException(url + " could not be reached");
        }
        if (answer.failure().isPresent()) {
            throw answer.failure().get();
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw new UpstreamUnavailableException(url + " answered HTTP " + answer.status());
        }
        if (answer.body().length > maxBytes) {
            throw new PayloadTooLargeException("The answer from " + url + " is larger than " + maxBytes + " bytes");
        }
        return answer.body().clone();
    }
}
