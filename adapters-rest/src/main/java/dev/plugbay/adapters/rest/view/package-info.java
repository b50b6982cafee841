/** The JSON shapes of plugins and installations in answers, Invenicum-compatible. */
package dev.plugbay.adapters.rest.view;
