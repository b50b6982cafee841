/** The application: its main class, the token command, the factories that make the services from the adapters' ports, and the start-up tasks. */
package dev.plugbay.bootstrap;
