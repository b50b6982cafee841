package dev.plugbay.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.Arrays;

/** Starts the Plugbay server, or runs the {@code token} command without starting it. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
            System.exit(TokenCommand.fromEnvironment().run(Arrays.asList(args).subList(1, args.length)));
        }
        // No banner: with plugbay.log.format=json every line on the console is a JSON object.
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
