package dev.plugbay.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens of an OpenID Connect provider whose key set is served on 127.0.0.1: RS256 and ES256 are
 * accepted, a key added later is picked up, a key the set does not hold is 401, and neither
 * {@code alg: none} nor HS256 signed with the public key's bytes gets in. The shared HS256 secret
 * keeps working beside it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeySetApiTest extends ApiTestSupport implements TestPropertyProvider {

    private static final String INSTALLED = "/api/v1/plugins/installed";

    private final List<JWK> served = new CopyOnWriteArrayList<>();
    private final HttpServer keySetServer = keySetServer();
    private final RSAKey rsa = rsaKey("rsa-1");
    private final ECKey ec = ecKey("ec-1");

    @Override
    public Map<String, String> getProperties() {
        served.add(rsa.toPublicJWK());
        served.add(ec.toPublicJWK());
        return Map.of("plugbay.jwt.jwks-url", "http://127.0.0.1:" + keySetServer.getAddress().getPort() + "/jwks.json",
                "plugbay.jwt.jwks-refresh-interval", "0s");
    }

    @AfterAll
    void stop() {
        keySetServer.stop(0);
    }

    @Test
    void rs256AndEs256TokensOfTheKeySetAreAccepted() throws JOSEException {
        assertEquals(200, call(signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), claims("alice"))).status());
        assertEquals(200, call(signed(JWSAlgorithm.ES256, ec.getKeyID(), new ECDSASigner(ec), claims("bob"))).status());
    }

    @Test
    void aKeyAddedToTheSetIsPickedUp() throws JOSEException {
        call(signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), claims("carol")));
        RSAKey rotated = rsaKey("rsa-rotated");
        served.add(rotated.toPublicJWK());

        Api.Reply reply = call(signed(JWSAlgorithm.RS256, rotated.getKeyID(), new RSASSASigner(rotated), claims("carol")));

        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void aKeyTheSetDoesNotHoldIsRefused() throws JOSEException {
        RSAKey stranger = rsaKey("rsa-1");
        ECKey strangerEc = ecKey("never-served");

        for (String token : List.of(signed(JWSAlgorithm.RS256, stranger.getKeyID(), new RSASSASigner(stranger), claims("dave")),
                signed(JWSAlgorithm.ES256, strangerEc.getKeyID(), new ECDSASigner(strangerEc), claims("dave")))) {
            Api.Reply reply = call(token);
            assertEquals(401, reply.status(), reply::toString);
            assertEquals("Invalid or expired token", Json.text(reply.object(), "message"));
        }
    }

    @Test
    void noneAndHs256WithThePublicKeyAreRefused() throws JOSEException {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)).toString();
        String unsigned = header + "." + claims("erin").toPayload().toBase64URL() + ".";
        byte[] publicKeyBytes = rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        String hmacWithPublicKey = signed(JWSAlgorithm.HS256, rsa.getKeyID(), new MACSigner(publicKeyBytes), claims("erin"));
        String hmacWithEncodedKey = signed(JWSAlgorithm.HS256, rsa.getKeyID(),
                new MACSigner(rsa.toRSAPublicKey().getEncoded()), claims("erin"));

        for (String token : List.of(unsigned, hmacWithPublicKey, hmacWithEncodedKey)) {
            assertEquals(401, call(token).status(), token);
        }
    }

    @Test
    void theSameRulesForExpiryAndIssuerApplyAndTheSharedSecretStillWorks() throws JOSEException {
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims("frank")).expirationTime(Date.from(Instant.now().minusSeconds(120)))
                .issueTime(Date.from(Instant.now().minusSeconds(600))).build();
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(claims("frank")).issuer("https://idp.example.com/plugbay").build();

        assertEquals(401, call(signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), expired)).status());
        assertEquals(401, call(signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), otherIssuer)).status());
        assertEquals(200, api.get("frank", INSTALLED).status());
    }

    private Api.Reply call(String token) {
        return api.send(HttpRequest.GET(INSTALLED).bearerAuth(token));
    }

    private static JWTClaimsSet claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).issuer("plugbay").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).build();
    }

    private static String signed(JWSAlgorithm algorithm, String keyId, JWSSigner signer, JWTClaimsSet claims)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private HttpServer keySetServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks.json", exchange -> {
                byte[] body = new JWKSet(new ArrayList<>(served)).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ecKey(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
