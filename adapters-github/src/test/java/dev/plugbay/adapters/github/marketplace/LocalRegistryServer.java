package dev.plugbay.adapters.github.marketplace;

import dev.plugbay.adapters.github.fake.FakeGitHub.Server;
import dev.plugbay.adapters.github.fake.FakeGitHub;
import dev.plugbay.adapters.github.fake.Fault;
import dev.plugbay.adapters.github.outbound.guard.OutboundGuard;
import dev.plugbay.adapters.github.outbound.guard.OutboundPolicy;
import dev.plugbay.adapters.github.outbound.guard.ScriptedResolver;
import dev.plugbay.adapters.github.outbound.http.Timeouts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake registry on 127.0.0.1 (the fake GitHub's raw server), reached as {@code registry.example}
 * through scripted DNS; the guard exempts exactly that host and port from the public-address rule,
 * as the other outbound tests do. Each URL it hands out has its own path, answering what was set up.
 */
final class LocalRegistryServer implements AutoCloseable {

    static final String HOST = "registry.example";

    private final FakeGitHub server = FakeGitHub.empty();
    private final int port = server.port(Server.RAW);
    private final ScriptedResolver dns = new ScriptedResolver().answer(HOST, "127.0.0.1");
    private final AtomicInteger paths = new AtomicInteger();

    GuardedRemoteMarketplace marketplace(Timeouts registryTimeouts, Timeouts archiveTimeouts) {
        OutboundGuard guard = new OutboundGuard(OutboundPolicy.of(List.of(HOST), List.of(HOST + ":" + port)), dns);
        return new GuardedRemoteMarketplace(guard, registryTimeouts, archiveTimeouts);
    }

    /** A fresh URL whose answer is the fault (a replaced body, a status, a redirect, a delay...). */
    String url(Fault fault) {
        String folder = "/m/" + paths.incrementAndGet() + "/";
        server.inject(Server.RAW, folder, fault);
        return "http://" + HOST + ":" + port + folder + "file";
    }

    /** A fresh URL that answers this text after the delay. */
    String slowFile(String content, Duration delay) {
        String file = "slow/" + paths.incrementAndGet();
        server.putFile(file, content);
        String path = "/" + FakeGitHub.OWNER + "/" + FakeGitHub.REPO + "/" + FakeGitHub.BRANCH + "/" + file;
        server.inject(Server.RAW, path, new Fault.Delay(delay));
        return "http://" + HOST + ":" + port + path;
    }

    int port() {
        return port;
    }

    ScriptedResolver dns() {
        return dns;
    }

    int requests() {
        return server.requests(Server.RAW).size();
    }

    @Override
    public void close() {
        server.close();
    }
}
