package dev.plugbay.domain.installation;

import dev.plugbay.domain.error.IllegalTransitionException;
import java.util.Objects;

/**
 * Where an installation is in its lifecycle. Each state answers the transitions it allows with
 * the next state and rejects every other one explicitly.
 *
 * <pre>
 * installed | inactive | error --activate--> active   (failure: --> error)
 * active --activate--> active                          (no-op)
 * active | installed | error --deactivate--> inactive
 * </pre>
 */
public sealed interface LifecycleState {

    /** The wire name: {@code installed}, {@code active}, {@code inactive} or {@code error}. */
    String name();

    LifecycleState activate();

    LifecycleState deactivate();

    /** The state after an activation attempt failed with {@code message}. */
    LifecycleState failActivation(String message);

    default boolean isActive() {
        return false;
    }

    static LifecycleState fromName(String name, String errorMessage) {
        return switch (name) {
            case "installed" -> new Installed();
            case "active" -> new Active();
            case "inactive" -> new Inactive();
            case "error" -> new Failed(errorMessage == null ? "unknown error" : errorMessage);
            default -> throw new IllegalArgumentException("unknown lifecycle state " + name);
        };
    }

    record Installed() implements LifecycleState {
        @Override
        public String name() {
            return "installed";
        }

        @Override
        public LifecycleState activate() {
            return new Active();
        }

        @Override
        public LifecycleState deactivate() {
            return new Inactive();
        }

        @Override
        public LifecycleState failActivation(String message) {
            return new Failed(message);
        }
    }

    record Active() implements LifecycleState {
        @Override
        public String name() {
            return "active";
        }

        @Override
        public LifecycleState activate() {
            return this;
        }

        @Override
        public LifecycleState deactivate() {
            return new Inactive();
        }

        @Override
        public LifecycleState failActivation(String message) {
            throw new IllegalTransitionException("The plugin is already active, so its activation cannot fail");
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    record Inactive() implements LifecycleState {
        @Override
        public String name() {
            return "inactive";
        }

        @Override
        public LifecycleState activate() {
            return new Active();
        }

        @Override
        public LifecycleState deactivate() {
            throw new IllegalTransitionException("The plugin is already inactive");
        }

        @Override
        public LifecycleState failActivation(String message) {
            return new Failed(message);
        }
    }

    /** The {@code error} state: the last activation failed, for the reason in {@code message}. */
    record Failed(String message) implements LifecycleState {
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String name() {
            return "error";
        }

        @Override
        public LifecycleState activate() {
            return new Active();
        }

        @Override
        public LifecycleState deactivate() {
            return new Inactive();
        }

        @Override
        public LifecycleState failActivation(String failure) {
            return new Failed(failure);
        }
    }
}
