/** The web dashboard: its static files under {@code dashboard/} and the headers they are served with. */
package dev.plugbay.adapters.dashboard;
