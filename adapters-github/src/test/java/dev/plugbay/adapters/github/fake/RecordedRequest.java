package dev.plugbay.adapters.github.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request the fake GitHub received: which server, method, path with query, headers (lower-case names) and body. */
public record RecordedRequest(FakeGitHub.Server server, String method, String path, Map<String, List<String>> headers,
        String body) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** "METHOD /path" without the query, for asserting call sequences. */
    public String call() {
        int query = path.indexOf('?');
        return method + " " + (query < 0 ? path : path.substring(0, query));
    }
}
