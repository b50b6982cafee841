/** Reading requests strictly: their framing, encodings, targets, JSON bodies and plugin ids. */
package dev.plugbay.adapters.rest.request;
