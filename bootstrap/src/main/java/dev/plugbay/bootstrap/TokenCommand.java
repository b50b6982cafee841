package dev.plugbay.bootstrap;

import dev.plugbay.adapters.rest.security.JwtSecretResolver;
import dev.plugbay.adapters.rest.security.JwtSettings;
import dev.plugbay.adapters.rest.security.TokenIssuer;
import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code token --sub <username> [--roles ROLE[,ROLE...]] [--ttl <seconds>]}: prints a token signed
 * with the server's secret. Reads the configuration like the server does but creates no beans,
 * so it neither listens nor opens the database.
 */
final class TokenCommand {

    static final String NAME = "token";
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final String USAGE = "usage: token --sub <username> [--roles ROLE[,ROLE...]] [--ttl <seconds>]";
    private static final long DEFAULT_TTL_SECONDS = 3600;
    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_-]+");

    private final JwtSettings settings;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(JwtSettings settings, Clock clock, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    static TokenCommand fromEnvironment() {
        return new TokenCommand(loadSettings(Map.of()), Clock.systemUTC(), System.out, System.err);
    }

    /** The settings from application.yml, system properties and environment variables, plus {@code overrides}. */
    static JwtSettings loadSettings(Map<String, Object> overrides) {
        try (ApplicationContext unstarted = ApplicationContext.builder().properties(overrides).build()) {
            Environment environment = unstarted.getEnvironment().start();
            try {
                return JwtSettings.from(environment);
            } finally {
                environment.stop();
            }
        }
    }

    int run(List<String> args) {
        Request request;
        try {
            request = Request.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; " + USAGE);
            return EXIT_USAGE;
        }
        TokenIssuer issuer = new TokenIssuer(JwtSecretResolver.resolve(settings), settings.issuer());
        out.println(issuer.issue(request.subject().value(), request.roles(), clock.instant(), request.ttl()));
        return EXIT_OK;
    }

    private record Request(Username subject, List<String> roles, Duration ttl) {

        static Request parse(List<String> args) {
            Username subject = null;
            List<String> roles = List.of();
            long ttlSeconds = DEFAULT_TTL_SECONDS;
            Iterator<String> remaining = args.iterator();
            while (remaining.hasNext()) {
                String option = remaining.next();
                switch (option) {
                    case "--sub" -> subject = username(valueOf(option, remaining));
                    case "--roles" -> roles = roles(valueOf(option, remaining));
                    case "--ttl" -> ttlSeconds = seconds(valueOf(option, remaining));
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (subject == null) {
                throw new IllegalArgumentException("--sub is required");
            }
            return new Request(subject, roles, Duration.ofSeconds(ttlSeconds));
        }

        private static String valueOf(String option, Iterator<String> remaining) {
            if (!remaining.hasNext()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return remaining.next();
        }

        private static Username username(String value) {
            try {
                return new Username(value);
            } catch (InvalidRequestException e) {
                throw new IllegalArgumentException("invalid --sub: " + e.getMessage(), e);
            }
        }

        private static List<String> roles(String value) {
            List<String> roles = new ArrayList<>();
            for (String role : value.split(",", -1)) {
                if (!ROLE.matcher(role).matches()) {
                    throw new IllegalArgumentException("invalid --roles: a role is letters, digits, '_' or '-'");
                }
                roles.add(role);
            }
            return roles;
        }

        private static long seconds(String value) {
            long seconds;
            try {
                seconds = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--ttl must be a whole number of seconds", e);
            }
            if (seconds <= 0) {
                throw new IllegalArgumentException("--ttl must be positive");
            }
            return seconds;
        }
    }
}
