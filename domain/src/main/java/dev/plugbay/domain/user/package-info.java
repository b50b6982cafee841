/** Who calls: a username, roles, an avatar URL, and the caller made of them. */
package dev.plugbay.domain.user;
