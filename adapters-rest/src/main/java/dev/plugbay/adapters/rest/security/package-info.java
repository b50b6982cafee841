/** Who calls: bearer tokens checked strictly (HS256 or a key set), the caller's roles and profile, and the token command's signing. */
package dev.plugbay.adapters.rest.security;
