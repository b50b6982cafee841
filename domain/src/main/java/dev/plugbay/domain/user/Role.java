package dev.plugbay.domain.user;

/** Roles a token may grant. */
public enum Role {
    /** May update and delete any plugin and run registry administration. */
    ADMIN
}
