/** Semantic versions (SemVer 2.0.0) and npm-style version ranges. */
package dev.plugbay.domain.version;
