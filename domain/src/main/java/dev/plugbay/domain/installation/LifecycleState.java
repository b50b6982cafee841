package dev.plugbay.domain.installation;

import dev.plugbay.domain.error.IllegalTransitionException;
import java.util.Objects;

/**
 * Where an installation is in its lifecycle. The interface gives the transitions most states
 * share; a state overrides a transition it answers differently, and rejects explicitly what it
 * does not allow.
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

    default LifecycleState activate() {
        return new Active();
    }

    default LifecycleState deactivate() {
        return new Inactive();
    }

    /**
     * The state a marketplace switch set to {@code active} leads to (the Invenicum toggle): a switch
     * to where the plugin already is changes nothing, so it is never refused.
     */
    default LifecycleState switchedTo(boolean active) {
        return active ? activate() : deactivate();
    }

    /** The state after an activation attempt failed with {@code message}. */
    default LifecycleState failActivation(String message) {
        return new Failed(message);
    }

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
        public LifecycleState deactivate() {
            throw new IllegalTransitionException("The plugin is already inactive");
        }

        @Override
        public LifecycleState switchedTo(boolean active) {
            return active ? activate() : this;
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
    }
}
