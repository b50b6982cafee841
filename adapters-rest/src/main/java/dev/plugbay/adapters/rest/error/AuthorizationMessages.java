package dev.plugbay.adapters.rest.error;

/** The sentences for refused requests, the same whichever part of the server refuses them. */
public final class AuthorizationMessages {

    public static final String UNAUTHORIZED = "A valid bearer token is required";
    public static final String FORBIDDEN = "You are not allowed to do this";

    private AuthorizationMessages() {
    }
}
