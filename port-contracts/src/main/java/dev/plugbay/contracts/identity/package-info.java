/** The contract of the identity port: the user profile service of the backend that issues the callers' tokens. */
package dev.plugbay.contracts.identity;
