/** The transaction a use case runs in, whatever stores it. */
package dev.plugbay.application.port.out.transaction;
