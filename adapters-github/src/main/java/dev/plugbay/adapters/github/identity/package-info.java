/** The user profile service of the backend that issues the callers' tokens (plugbay.identity.userinfo-url). */
package dev.plugbay.adapters.github.identity;
