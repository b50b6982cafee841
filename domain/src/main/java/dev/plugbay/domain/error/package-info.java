/** The error codes, the one exception per domain and host code, violations, and how much of an input a message may repeat. */
package dev.plugbay.domain.error;
