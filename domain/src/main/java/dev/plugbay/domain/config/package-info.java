/** Typed plugin config: the schema a manifest declares, its fields, and the values replaced, merged and carried over an upgrade. */
package dev.plugbay.domain.config;
